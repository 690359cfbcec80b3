<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AgendaModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Juzgado o sala</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
</context>
<context>
    <name>Appearances</name>
    <message>
        <source>Representative of %1 (%2)</source>
        <translation>Representante de %1 (%2)</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Representante</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Adjuntar archivo…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Drop files here to attach them.</source>
        <translation>Arrastre archivos aquí para adjuntarlos.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Not attached: %1. Attachments are limited to %2 MB; keep larger files in the office archive.</source>
        <translation>No se adjuntó: %1. Los anexos tienen un límite de %2 MB; guarde los archivos más grandes en el archivo de la oficina.</translation>
    </message>
    <message>
        <source>No program is set up to open %1.</source>
        <translation>No hay ningún programa configurado para abrir %1.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
</context>
<context>
    <name>BriefChoices</name>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Case s&amp;ummary</source>
        <translation>R&amp;esumen del expediente</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Resumen del expediente</translation>
    </message>
    <message>
        <source>&amp;Escrito of a filing</source>
        <translation>&amp;Escrito de un actuado</translation>
    </message>
    <message>
        <source>Escrito of a filing</source>
        <translation>Escrito de un actuado</translation>
    </message>
    <message>
        <source>&amp;Matter summary</source>
        <translation>Resumen del &amp;tema</translation>
    </message>
    <message>
        <source>Matter summary</source>
        <translation>Resumen del tema</translation>
    </message>
    <message>
        <source>For the team, before a hearing.</source>
        <translation>Para el equipo, antes de una audiencia.</translation>
    </message>
    <message>
        <source>All the cases of “%1”, with a combined chronology.</source>
        <translation>Todos los expedientes de «%1», con una cronología conjunta.</translation>
    </message>
    <message>
        <source>No filings yet</source>
        <translation>Aún no hay escritos ni actuados</translation>
    </message>
    <message>
        <source>Filing the escrito is for</source>
        <translation>Escrito que se genera</translation>
    </message>
    <message>
        <source>Filing #%1</source>
        <translation>Actuado n.º %1</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>P&amp;DF</source>
        <translation>P&amp;DF</translation>
    </message>
    <message>
        <source>Ready to print and file.</source>
        <translation>Listo para imprimir y presentar.</translation>
    </message>
    <message>
        <source>&amp;Word (DOCX)</source>
        <translation>&amp;Word (DOCX)</translation>
    </message>
    <message>
        <source>To keep editing in Word or LibreOffice.</source>
        <translation>Para seguir editándolo en Word o LibreOffice.</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Lawyer's name</source>
        <translation>Nombre del abogado</translation>
    </message>
    <message>
        <source>As under the signature</source>
        <translation>Tal como va bajo la firma</translation>
    </message>
    <message>
        <source>Bar registration number</source>
        <translation>Número de colegiatura</translation>
    </message>
    <message>
        <source>e.g. CAC 4512</source>
        <translation>p. ej. CAC 4512</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Bar reg.:</source>
        <translation>&amp;Colegiatura:</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <source>Generate document — %1</source>
        <translation>Generar documento — %1</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Guardar el documento</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>Imprimir el documento</translation>
    </message>
    <message>
        <source>Open containing f&amp;older</source>
        <translation>Abrir la &amp;carpeta</translation>
    </message>
    <message>
        <source>Open the folder of the saved document</source>
        <translation>Abrir la carpeta del documento guardado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <source>Document not generated</source>
        <translation>No se generó el documento</translation>
    </message>
    <message>
        <source>The document could not be generated.
%1</source>
        <translation>No se pudo generar el documento.
%1</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>No se guardó.</translation>
    </message>
    <message>
        <source>Document not saved</source>
        <translation>No se guardó el documento</translation>
    </message>
    <message>
        <source>The Word document is previewed as PDF: the text is the same, Word may break lines and pages a little differently.</source>
        <translation>El documento de Word se muestra como PDF: el texto es el mismo, pero Word puede cortar líneas y páginas de forma algo distinta.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Documento de Word (*.docx)</translation>
    </message>
    <message>
        <source>Save document</source>
        <translation>Guardar documento</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>Guardando «%1»…</translation>
    </message>
    <message>
        <source>Saved “%1” in %2.</source>
        <translation>Se guardó «%1» en %2.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No se imprimió</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation><numerusform>Se envió %n página a la impresora.</numerusform><numerusform>Se enviaron %n páginas a la impresora.</numerusform></translation>
    </message>
</context>
<context>
    <name>BriefPreview</name>
    <message>
        <source>Preview of the document</source>
        <translation>Vista previa del documento</translation>
    </message>
    <message>
        <source>About the preview</source>
        <translation>Acerca de la vista previa</translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation>Página mostrada</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Estado de la vista previa</translation>
    </message>
    <message>
        <source>Generating the document</source>
        <translation>Generando el documento</translation>
    </message>
    <message>
        <source>The generated PDF could not be displayed.</source>
        <translation>No se pudo mostrar el PDF generado.</translation>
    </message>
    <message>
        <source>Print document</source>
        <translation>Imprimir documento</translation>
    </message>
    <message>
        <source>Sending the pages to the printer…</source>
        <translation>Enviando las páginas a la impresora…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Imprimiendo</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Month calendar</source>
        <translation>Calendario del mes</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Nothing on the agenda for these days.</source>
        <translation>No hay nada en la agenda para estos días.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message numerus="yes">
        <source>Next %n days</source>
        <translation><numerusform>Próximo %n día</numerusform><numerusform>Próximos %n días</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Show the next %n days</source>
        <translation><numerusform>Mostrar el próximo %n día</numerusform><numerusform>Mostrar los próximos %n días</numerusform></translation>
    </message>
    <message>
        <source>Show the whole period</source>
        <translation>Mostrar todo el periodo</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>Audiencias</translation>
    </message>
    <message>
        <source>Open deadlines</source>
        <translation>Plazos pendientes</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Weekend: courts closed</source>
        <translation>Fin de semana: juzgados cerrados</translation>
    </message>
    <message>
        <source>Holiday or closure</source>
        <translation>Feriado o cierre del despacho</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation><numerusform>%n vencido</numerusform><numerusform>%n vencidos</numerusform></translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Edit case</source>
        <translation>Editar expediente</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nuevo expediente</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>e.g. Frente de Defensa c. PNP (amparo)</source>
        <translation>p. ej. Frente de Defensa c. PNP (amparo)</translation>
    </message>
    <message>
        <source>Expediente</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>— no court yet —</source>
        <translation>— aún sin órgano jurisdiccional —</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Órgano jurisdiccional</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Fecha de presentación</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Fecha de archivo</translation>
    </message>
    <message>
        <source>— no matter —</source>
        <translation>— sin tema —</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Responsible lawyer</source>
        <translation>Abogado responsable</translation>
    </message>
    <message>
        <source>Court clerk (especialista)</source>
        <translation>Especialista legal</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Distance allowance</source>
        <translation>Término de la distancia</translation>
    </message>
    <message>
        <source>Extra days granted for distance (término de la distancia)</source>
        <translation>Días adicionales por el término de la distancia</translation>
    </message>
    <message>
        <source>None; type to choose an appeal or incidente of</source>
        <translation>Ninguno; escriba para elegir el principal de una apelación o incidente</translation>
    </message>
    <message>
        <source>Related case</source>
        <translation>Expediente relacionado</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nuevo: %1</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Filter by title or expediente…</source>
        <translation>Filtrar por título o número de expediente…</translation>
    </message>
    <message>
        <source>Filter cases by title or expediente</source>
        <translation>Filtrar expedientes por título o número</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro por estado</translation>
    </message>
    <message>
        <source>Court filter</source>
        <translation>Filtro por órgano jurisdiccional</translation>
    </message>
    <message>
        <source>Procedure filter</source>
        <translation>Filtro por proceso</translation>
    </message>
    <message>
        <source>Matter filter</source>
        <translation>Filtro por tema</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Nuevo expediente…</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nuevo expediente</translation>
    </message>
    <message>
        <source>New case (Ctrl+N)</source>
        <translation>Nuevo expediente (Ctrl+N)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Expedientes</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Expedientes en trámite</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>All courts</source>
        <translation>Todos los órganos</translation>
    </message>
    <message>
        <source>All procedures</source>
        <translation>Todos los procesos</translation>
    </message>
    <message>
        <source>All matters</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 expediente</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 expedientes</translation>
    </message>
</context>
<context>
    <name>CasePartyDialog</name>
    <message>
        <source>Edit role in the case</source>
        <translation>Editar el rol en el expediente</translation>
    </message>
    <message>
        <source>Add party to the case</source>
        <translation>Agregar parte al expediente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type the name; similar parties are offered below</source>
        <translation>Escriba el nombre; abajo se sugieren partes parecidas</translation>
    </message>
    <message>
        <source>Similar parties</source>
        <translation>Partes parecidas</translation>
    </message>
    <message>
        <source>Kind (new party)</source>
        <translation>Tipo (parte nueva)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— nadie —</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Representada por</translation>
    </message>
    <message>
        <source>Conflict warning</source>
        <translation>Alerta de conflicto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>; and %1 more</source>
        <translation>; y %1 más</translation>
    </message>
    <message>
        <source>In no case yet</source>
        <translation>Aún no figura en ningún expediente</translation>
    </message>
    <message>
        <source>Warning: on the other side in this matter</source>
        <translation>Atención: figura en la parte contraria en este tema</translation>
    </message>
    <message>
        <source>Warning: possible conflict of interest. This party is on the other side in the same matter: %1</source>
        <translation>Atención: posible conflicto de intereses. Esta parte figura en la parte contraria en el mismo tema: %1</translation>
    </message>
</context>
<context>
    <name>CasePicker</name>
    <message>
        <source>Type part of the expediente number or title</source>
        <translation>Escriba parte del número de expediente o del título</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Overdue since %1</source>
        <translation>Vencido desde el %1</translation>
    </message>
    <message>
        <source>Matter: %1</source>
        <translation>Tema: %1</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>← Cases</source>
        <translation>← Expedientes</translation>
    </message>
    <message>
        <source>Back to the list of cases (Alt+Left)</source>
        <translation>Volver a la lista de expedientes (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Back to the list of cases</source>
        <translation>Volver a la lista de expedientes</translation>
    </message>
    <message>
        <source>Edit case…</source>
        <translation>Editar expediente…</translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation>Editar expediente</translation>
    </message>
    <message>
        <source>Generate document…</source>
        <translation>Generar documento…</translation>
    </message>
    <message>
        <source>Generate a document of the case</source>
        <translation>Generar un documento del expediente</translation>
    </message>
    <message>
        <source>Case summary or escrito, as PDF or Word</source>
        <translation>Resumen del expediente o escrito, en PDF o Word</translation>
    </message>
    <message>
        <source>Delete case…</source>
        <translation>Eliminar expediente…</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Eliminar expediente</translation>
    </message>
    <message>
        <source>Case sections</source>
        <translation>Secciones del expediente</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Partes</translation>
    </message>
    <message>
        <source>&amp;Filings</source>
        <translation>&amp;Escritos y actuados</translation>
    </message>
    <message>
        <source>&amp;Hearings</source>
        <translation>&amp;Audiencias</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>P&amp;lazos</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Cronología</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>no court</source>
        <translation>sin órgano jurisdiccional</translation>
    </message>
    <message>
        <source>no expediente number</source>
        <translation>sin número de expediente</translation>
    </message>
    <message>
        <source>Its %1 filings, %2 hearings, %3 deadlines and %4 notes are deleted with it. You can undo this with Ctrl+Z.</source>
        <translation>Con él se eliminan sus %1 escritos y actuados, %2 audiencias, %3 plazos y %4 notas. Puede deshacerlo con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Expediente</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Juzgado o sala</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Próximo plazo</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Último movimiento</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Notificado el</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Sumilla</source>
        <translation>Sumilla</translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation>Presentado por</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrita</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>DNI / RUC</source>
        <translation>DNI / RUC</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Expedientes</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Instancia</translation>
    </message>
    <message>
        <source>Judicial district</source>
        <translation>Distrito judicial</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>CourtDialog</name>
    <message>
        <source>Edit court</source>
        <translation>Editar órgano jurisdiccional</translation>
    </message>
    <message>
        <source>New court</source>
        <translation>Nuevo órgano jurisdiccional</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>e.g. Juzgado Civil Mixto de Tambobamba</source>
        <translation>p. ej. Juzgado Civil Mixto de Tambobamba</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Instancia</translation>
    </message>
    <message>
        <source>Judicial district</source>
        <translation>Distrito judicial</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Vacations</source>
        <translation>Vacaciones</translation>
    </message>
    <message>
        <source>Periods are suspended during the court's vacation</source>
        <translation>Los plazos se suspenden durante las vacaciones judiciales</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Refresh the dashboard</source>
        <translation>Actualizar el panel</translation>
    </message>
    <message>
        <source>Overdue deadlines</source>
        <translation>Plazos vencidos</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>No hay nada vencido.</translation>
    </message>
    <message>
        <source>Due in the next 7 days</source>
        <translation>Vencen en los próximos 7 días</translation>
    </message>
    <message>
        <source>Nothing due this week.</source>
        <translation>Nada vence esta semana.</translation>
    </message>
    <message>
        <source>Due in 8 to 30 days</source>
        <translation>Vencen dentro de 8 a 30 días</translation>
    </message>
    <message>
        <source>Nothing due later this month.</source>
        <translation>Nada más vence este mes.</translation>
    </message>
    <message>
        <source>Hearings this week</source>
        <translation>Audiencias de esta semana</translation>
    </message>
    <message>
        <source>No hearings in the next 7 days.</source>
        <translation>No hay audiencias en los próximos 7 días.</translation>
    </message>
    <message>
        <source>Recently changed cases</source>
        <translation>Expedientes con movimientos recientes</translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation>Aún no hay expedientes.</translation>
    </message>
    <message numerus="yes">
        <source>showing the first %n</source>
        <translation><numerusform>se muestra el primero</numerusform><numerusform>se muestran los primeros %n</numerusform></translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Edit deadline</source>
        <translation>Editar plazo</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>Nuevo plazo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>— none: I enter the date —</source>
        <translation>— ninguna: ingreso la fecha yo —</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Notificado el</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ninguno —</translation>
    </message>
    <message>
        <source>Triggering filing</source>
        <translation>Actuado que lo origina</translation>
    </message>
    <message>
        <source>Notified electronically (SINOE)</source>
        <translation>Notificado electrónicamente (SINOE)</translation>
    </message>
    <message>
        <source>Compute due date</source>
        <translation>Calcular vencimiento</translation>
    </message>
    <message>
        <source>Compute the due date from the rule</source>
        <translation>Calcular el vencimiento según la regla</translation>
    </message>
    <message>
        <source>Computation</source>
        <translation>Cálculo</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>How the date was computed</source>
        <translation>Cómo se calculó la fecha</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Choose a rule first.</source>
        <translation>Primero elija una regla.</translation>
    </message>
    <message>
        <source>Enter the date of the notification first.</source>
        <translation>Primero ingrese la fecha de notificación.</translation>
    </message>
</context>
<context>
    <name>DeadlineSectionModel</name>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n days</source>
        <translation><numerusform>Vencido hace %n día</numerusform><numerusform>Vencido hace %n días</numerusform></translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>Vencido hace 1 día</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message numerus="yes">
        <source>In %n days</source>
        <translation><numerusform>En %n día</numerusform><numerusform>En %n días</numerusform></translation>
    </message>
</context>
<context>
    <name>DeadlinesTab</name>
    <message>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <source>New deadline…</source>
        <translation>Nuevo plazo…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar como cumplido</translation>
    </message>
    <message>
        <source>How the date was computed</source>
        <translation>Cómo se calculó la fecha</translation>
    </message>
    <message>
        <source>Select a deadline to see how its date was computed.</source>
        <translation>Seleccione un plazo para ver cómo se calculó su fecha.</translation>
    </message>
    <message>
        <source>No explanation was recorded: the date was entered by hand.</source>
        <translation>No se registró explicación: la fecha se ingresó a mano.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Required: fill it in.</source>
        <translation>Obligatorio: complételo.</translation>
    </message>
    <message>
        <source>Required: enter a date.</source>
        <translation>Obligatorio: ingrese una fecha.</translation>
    </message>
    <message>
        <source>Required: choose one.</source>
        <translation>Obligatorio: elija una opción.</translation>
    </message>
    <message>
        <source>Cannot be earlier than “%1”.</source>
        <translation>No puede ser anterior a «%1».</translation>
    </message>
    <message>
        <source>Too long (%1 characters); keep it under %2.</source>
        <translation>Demasiado largo (%1 caracteres); use menos de %2.</translation>
    </message>
    <message>
        <source>Contains invisible control characters; retype it.</source>
        <translation>Contiene caracteres de control invisibles; vuelva a escribirlo.</translation>
    </message>
    <message>
        <source>Case #%1 already has this number; open that case.</source>
        <translation>El expediente n.º %1 ya tiene este número; abra ese expediente.</translation>
    </message>
    <message>
        <source>Another matter already has this name.</source>
        <translation>Ya existe otro tema con este nombre.</translation>
    </message>
    <message>
        <source>A court with this name already exists in this district.</source>
        <translation>Ya existe un órgano jurisdiccional con este nombre en este distrito.</translation>
    </message>
    <message>
        <source>This party already has this role in the case.</source>
        <translation>Esta parte ya tiene este rol en el expediente.</translation>
    </message>
    <message>
        <source>A party cannot represent itself.</source>
        <translation>Una parte no puede representarse a sí misma.</translation>
    </message>
    <message>
        <source>A case cannot be related to itself.</source>
        <translation>Un expediente no puede relacionarse consigo mismo.</translation>
    </message>
    <message>
        <source>Not an e-mail address; use name@example.org.</source>
        <translation>No es un correo electrónico; use nombre@ejemplo.org.</translation>
    </message>
    <message>
        <source>Use only digits and letters (DNI: 8 digits, RUC: 11).</source>
        <translation>Use solo dígitos y letras (DNI: 8 dígitos; RUC: 11).</translation>
    </message>
    <message>
        <source>The link must start with https://.</source>
        <translation>El enlace debe empezar con https://.</translation>
    </message>
    <message>
        <source>Must be between %1 and %2.</source>
        <translation>Debe estar entre %1 y %2.</translation>
    </message>
    <message>
        <source>The file is %1 MB; attachments are limited to %2 MB.</source>
        <translation>El archivo pesa %1 MB; los anexos tienen un límite de %2 MB.</translation>
    </message>
    <message>
        <source>The year must be between 1900 and 2100.</source>
        <translation>El año debe estar entre 1900 y 2100.</translation>
    </message>
    <message>
        <source>Other records still use it; remove those first.</source>
        <translation>Otros registros todavía lo usan; quítelos primero.</translation>
    </message>
    <message>
        <source>Choose a case from the suggestions, or clear the field.</source>
        <translation>Elija un expediente de las sugerencias o deje el campo vacío.</translation>
    </message>
    <message>
        <source>Type the number as printed on the file.</source>
        <translation>Escriba el número tal como figura en el expediente.</translation>
    </message>
</context>
<context>
    <name>FastEntryDialog</name>
    <message>
        <source>Fast entry: new filing</source>
        <translation>Ingreso rápido: nuevo escrito o actuado</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Sumilla</source>
        <translation>Sumilla</translation>
    </message>
    <message>
        <source>What the filing asks or decides, in one line</source>
        <translation>Lo que pide o resuelve, en una línea</translation>
    </message>
    <message>
        <source>— court / none —</source>
        <translation>— el juzgado / nadie —</translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation>Presentado por</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>e.g. Res. 12, cargo de ingreso</source>
        <translation>p. ej. Res. 12, cargo de ingreso</translation>
    </message>
    <message>
        <source>Save and &amp;next</source>
        <translation>Guardar y &amp;siguiente</translation>
    </message>
    <message>
        <source>Save and enter another filing (Ctrl+Enter)</source>
        <translation>Guardar e ingresar otro (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Save and enter the next filing</source>
        <translation>Guardar e ingresar el siguiente</translation>
    </message>
    <message>
        <source>Last filing saved</source>
        <translation>Último escrito guardado</translation>
    </message>
    <message>
        <source>Enter saves · Ctrl+Enter saves and starts the next · Esc closes</source>
        <translation>Intro guarda · Ctrl+Intro guarda y empieza el siguiente · Esc cierra</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Expediente</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Órgano jurisdiccional</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Fecha de archivo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Responsible lawyer</source>
        <translation>Abogado responsable</translation>
    </message>
    <message>
        <source>Court clerk</source>
        <translation>Especialista legal</translation>
    </message>
    <message>
        <source>Distance allowance</source>
        <translation>Término de la distancia</translation>
    </message>
    <message>
        <source>Related case</source>
        <translation>Expediente relacionado</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Sumilla</source>
        <translation>Sumilla</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation>Presentado por</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Notificado el</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Escrito No.</source>
        <translation>Escrito n.º</translation>
    </message>
    <message>
        <source>Cuaderno</source>
        <translation>Cuaderno</translation>
    </message>
    <message>
        <source>Petitorio</source>
        <translation>Petitorio</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fundamentos de hecho</translation>
    </message>
    <message>
        <source>Legal grounds</source>
        <translation>Fundamentos de derecho</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Medios probatorios</translation>
    </message>
    <message>
        <source>Por tanto</source>
        <translation>Por tanto</translation>
    </message>
    <message>
        <source>Otrosíes</source>
        <translation>Otrosíes</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Enlace de videoconferencia</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Triggering filing</source>
        <translation>Actuado que lo origina</translation>
    </message>
    <message>
        <source>How the date was computed</source>
        <translation>Cómo se calculó la fecha</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Representada por</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>Escrito o actuado</translation>
    </message>
</context>
<context>
    <name>FilingDialog</name>
    <message>
        <source>Edit filing</source>
        <translation>Editar escrito o actuado</translation>
    </message>
    <message>
        <source>New filing</source>
        <translation>Nuevo escrito o actuado</translation>
    </message>
    <message>
        <source>Filing sections</source>
        <translation>Secciones del escrito</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Escrito sections</source>
        <translation>Partes del escrito</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Sumilla</source>
        <translation>Sumilla</translation>
    </message>
    <message>
        <source>What the filing asks or decides, in one line</source>
        <translation>Lo que pide o resuelve, en una línea</translation>
    </message>
    <message>
        <source>— court / none —</source>
        <translation>— el juzgado / nadie —</translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation>Presentado por</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>e.g. Res. 12, cargo de ingreso</source>
        <translation>p. ej. Res. 12, cargo de ingreso</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Notificado el</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Escrito No.</source>
        <translation>Escrito n.º</translation>
    </message>
    <message>
        <source>Cuaderno</source>
        <translation>Cuaderno</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Petitorio</source>
        <translation>Petitorio</translation>
    </message>
    <message>
        <source>Facts (hechos)</source>
        <translation>Fundamentos de hecho</translation>
    </message>
    <message>
        <source>Legal grounds (fundamentos de derecho)</source>
        <translation>Fundamentos de derecho</translation>
    </message>
    <message>
        <source>Evidence (medios probatorios)</source>
        <translation>Medios probatorios</translation>
    </message>
    <message>
        <source>Por tanto</source>
        <translation>Por tanto</translation>
    </message>
    <message>
        <source>Otrosíes (one per paragraph)</source>
        <translation>Otrosíes (uno por párrafo)</translation>
    </message>
</context>
<context>
    <name>FilingsTab</name>
    <message>
        <source>Filings</source>
        <translation>Escritos y actuados</translation>
    </message>
    <message>
        <source>New filing…</source>
        <translation>Nuevo escrito o actuado…</translation>
    </message>
    <message>
        <source>Generate escrito…</source>
        <translation>Generar escrito…</translation>
    </message>
    <message>
        <source>Documents of the case (not tied to a filing)</source>
        <translation>Documentos del expediente (no vinculados a un escrito)</translation>
    </message>
    <message>
        <source>Attachments of “%1”</source>
        <translation>Anexos de «%1»</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>HearingDialog</name>
    <message>
        <source>Edit hearing</source>
        <translation>Editar audiencia</translation>
    </message>
    <message>
        <source>New hearing</source>
        <translation>Nueva audiencia</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Enlace de videoconferencia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>HearingSectionModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
</context>
<context>
    <name>HearingsTab</name>
    <message>
        <source>Hearings</source>
        <translation>Audiencias</translation>
    </message>
    <message>
        <source>New hearing…</source>
        <translation>Nueva audiencia…</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Case created</source>
        <translation>Expediente creado</translation>
    </message>
    <message>
        <source>Case changed</source>
        <translation>Expediente modificado</translation>
    </message>
    <message>
        <source>Case deleted</source>
        <translation>Expediente eliminado</translation>
    </message>
    <message>
        <source>Case restored</source>
        <translation>Expediente restaurado</translation>
    </message>
    <message>
        <source>Party added</source>
        <translation>Parte agregada</translation>
    </message>
    <message>
        <source>Party's role changed</source>
        <translation>Rol de la parte modificado</translation>
    </message>
    <message>
        <source>Party removed</source>
        <translation>Parte quitada</translation>
    </message>
    <message>
        <source>Party added back</source>
        <translation>Parte agregada de nuevo</translation>
    </message>
    <message>
        <source>Filing entered</source>
        <translation>Escrito o actuado ingresado</translation>
    </message>
    <message>
        <source>Filing changed</source>
        <translation>Escrito o actuado modificado</translation>
    </message>
    <message>
        <source>Filing deleted</source>
        <translation>Escrito o actuado eliminado</translation>
    </message>
    <message>
        <source>Filing restored</source>
        <translation>Escrito o actuado restaurado</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>Archivo adjuntado</translation>
    </message>
    <message>
        <source>Attachment changed</source>
        <translation>Anexo modificado</translation>
    </message>
    <message>
        <source>Attachment deleted</source>
        <translation>Anexo eliminado</translation>
    </message>
    <message>
        <source>Attachment restored</source>
        <translation>Anexo restaurado</translation>
    </message>
    <message>
        <source>Hearing scheduled</source>
        <translation>Audiencia programada</translation>
    </message>
    <message>
        <source>Hearing changed</source>
        <translation>Audiencia modificada</translation>
    </message>
    <message>
        <source>Hearing deleted</source>
        <translation>Audiencia eliminada</translation>
    </message>
    <message>
        <source>Hearing restored</source>
        <translation>Audiencia restaurada</translation>
    </message>
    <message>
        <source>Deadline added</source>
        <translation>Plazo agregado</translation>
    </message>
    <message>
        <source>Deadline changed</source>
        <translation>Plazo modificado</translation>
    </message>
    <message>
        <source>Deadline deleted</source>
        <translation>Plazo eliminado</translation>
    </message>
    <message>
        <source>Deadline restored</source>
        <translation>Plazo restaurado</translation>
    </message>
    <message>
        <source>Note written</source>
        <translation>Nota escrita</translation>
    </message>
    <message>
        <source>Note changed</source>
        <translation>Nota modificada</translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation>Nota eliminada</translation>
    </message>
    <message>
        <source>Note restored</source>
        <translation>Nota restaurada</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>History of the case</source>
        <translation>Historial del expediente</translation>
    </message>
    <message>
        <source>Changes of the selected entry</source>
        <translation>Cambios del registro seleccionado</translation>
    </message>
    <message>
        <source>Select an entry to see what changed.</source>
        <translation>Seleccione un registro para ver qué cambió.</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Expedientes</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>Ca&amp;lendario</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Partes</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nuevo expediente…</translation>
    </message>
    <message>
        <source>New &amp;filing (fast entry)…</source>
        <translation>Nuevo &amp;escrito (ingreso rápido)…</translation>
    </message>
    <message>
        <source>New &amp;matter…</source>
        <translation>Nuevo &amp;tema…</translation>
    </message>
    <message>
        <source>New c&amp;ourt…</source>
        <translation>Nuevo ó&amp;rgano jurisdiccional…</translation>
    </message>
    <message>
        <source>Courts and &amp;matters…</source>
        <translation>Órganos jurisdiccionales y &amp;temas…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Deshacer eliminación</translation>
    </message>
    <message>
        <source>&amp;Redo delete</source>
        <translation>&amp;Rehacer eliminación</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;About casetracker</source>
        <translation>&amp;Acerca de casetracker</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Expedientes</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Última acción</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Archivo de la base de datos</translation>
    </message>
    <message>
        <source>The database file in use</source>
        <translation>El archivo de la base de datos en uso</translation>
    </message>
    <message>
        <source>That case no longer exists.</source>
        <translation>Ese expediente ya no existe.</translation>
    </message>
    <message>
        <source>Timeline of the matter</source>
        <translation>Cronología del tema</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>About casetracker</source>
        <translation>Acerca de casetracker</translation>
    </message>
    <message>
        <source>casetracker %1
An offline case tracker for public-interest litigation.</source>
        <translation>casetracker %1
Seguimiento de expedientes sin conexión para el litigio de interés público.</translation>
    </message>
</context>
<context>
    <name>MatterDialog</name>
    <message>
        <source>Edit matter</source>
        <translation>Editar tema</translation>
    </message>
    <message>
        <source>New matter</source>
        <translation>Nuevo tema</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>¿Eliminar %1?</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>casetracker</source>
        <translation>casetracker</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>Choose the month</source>
        <translation>Elegir el mes</translation>
    </message>
    <message>
        <source>Choose the year</source>
        <translation>Elegir el año</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Días del mes</translation>
    </message>
    <message>
        <source>No court work: %1</source>
        <translation>Día inhábil: %1</translation>
    </message>
    <message>
        <source>1 hearing</source>
        <translation>1 audiencia</translation>
    </message>
    <message numerus="yes">
        <source>%n hearings</source>
        <translation><numerusform>%n audiencia</numerusform><numerusform>%n audiencias</numerusform></translation>
    </message>
    <message>
        <source>1 open deadline</source>
        <translation>1 plazo pendiente</translation>
    </message>
    <message numerus="yes">
        <source>%n open deadlines</source>
        <translation><numerusform>%n plazo pendiente</numerusform><numerusform>%n plazos pendientes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Overdue: %n</source>
        <translation><numerusform>Vencido: %n</numerusform><numerusform>Vencidos: %n</numerusform></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>New note…</source>
        <translation>Nueva nota…</translation>
    </message>
    <message>
        <source>Text of the selected note</source>
        <translation>Texto de la nota seleccionada</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>%1 is set</source>
        <translation>%1: con fecha</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Expediente</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Órgano jurisdiccional</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Fecha de presentación</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Fecha de archivo</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Responsible lawyer</source>
        <translation>Abogado responsable</translation>
    </message>
    <message>
        <source>Court clerk (especialista)</source>
        <translation>Especialista legal</translation>
    </message>
    <message>
        <source>Distance allowance</source>
        <translation>Término de la distancia</translation>
    </message>
    <message>
        <source>Related cases</source>
        <translation>Expedientes relacionados</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Último movimiento</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>cronología</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 días hábiles</translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <source>Filter parties by name or document…</source>
        <translation>Filtrar partes por nombre o documento…</translation>
    </message>
    <message>
        <source>Filter parties</source>
        <translation>Filtrar partes</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>Edit party…</source>
        <translation>Editar parte…</translation>
    </message>
    <message>
        <source>New party…</source>
        <translation>Nueva parte…</translation>
    </message>
    <message>
        <source>Delete party</source>
        <translation>Eliminar parte</translation>
    </message>
    <message>
        <source>Cases of the selected party</source>
        <translation>Expedientes de la parte seleccionada</translation>
    </message>
    <message>
        <source>Appears in (double-click or Enter opens the case):</source>
        <translation>Figura en (doble clic o Intro abre el expediente):</translation>
    </message>
    <message>
        <source>Select a party to see the cases it appears in.</source>
        <translation>Seleccione una parte para ver los expedientes en que figura.</translation>
    </message>
    <message>
        <source>Protected: the name is hidden in generated documents.</source>
        <translation>Protegida: el nombre se oculta en los documentos generados.</translation>
    </message>
    <message>
        <source>The party appears in no case. This cannot be undone.</source>
        <translation>La parte no figura en ningún expediente. Esto no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>PartiesTab</name>
    <message>
        <source>Parties by role</source>
        <translation>Partes por rol</translation>
    </message>
    <message>
        <source>Add party…</source>
        <translation>Agregar parte…</translation>
    </message>
    <message>
        <source>Edit role…</source>
        <translation>Editar rol…</translation>
    </message>
    <message>
        <source>Edit party details…</source>
        <translation>Editar datos de la parte…</translation>
    </message>
    <message>
        <source>Remove from case</source>
        <translation>Quitar del expediente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Representada por</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>DNI / RUC</source>
        <translation>DNI / RUC</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>(protected)</source>
        <translation>(protegida)</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 como %2</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Edit party</source>
        <translation>Editar parte</translation>
    </message>
    <message>
        <source>New party</source>
        <translation>Nueva parte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>DNI / RUC</source>
        <translation>DNI / RUC</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Casilla electrónica</source>
        <translation>Casilla electrónica</translation>
    </message>
    <message>
        <source>Bar registration</source>
        <translation>Colegiatura</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protección</translation>
    </message>
    <message>
        <source>Protected: hide the name in generated documents and exports</source>
        <translation>Protegida: ocultar el nombre en los documentos generados y exportaciones</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>PDF preview</source>
        <translation>Vista previa del PDF</translation>
    </message>
    <message>
        <source>Select a PDF attachment to preview it.</source>
        <translation>Seleccione un anexo PDF para verlo.</translation>
    </message>
    <message>
        <source>No preview for this type of file; use Open.</source>
        <translation>No hay vista previa para este tipo de archivo; use Abrir.</translation>
    </message>
    <message>
        <source>This PDF cannot be shown; use Open.</source>
        <translation>No se puede mostrar este PDF; use Abrir.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>El del sistema</translation>
    </message>
    <message>
        <source>e.g. Reg. CAL N.º 12345</source>
        <translation>p. ej. Reg. CAL N.º 12345</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ninguno —</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> días hábiles</translation>
    </message>
    <message>
        <source>A new language applies when casetracker restarts.</source>
        <translation>El nuevo idioma se aplica al reiniciar casetracker.</translation>
    </message>
</context>
<context>
    <name>RecentCaseModel</name>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Expediente</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <source>Courts and matters</source>
        <translation>Órganos jurisdiccionales y temas</translation>
    </message>
    <message>
        <source>Courts</source>
        <translation>Órganos jurisdiccionales</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>&amp;Courts</source>
        <translation>Ó&amp;rganos jurisdiccionales</translation>
    </message>
    <message>
        <source>&amp;Matters</source>
        <translation>&amp;Temas</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Cases</source>
        <translation>Expedientes</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>Filings</source>
        <translation>Escritos y actuados</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>Audiencias</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search cases, parties, filings, notes…</source>
        <translation>Buscar expedientes, partes, escritos, notas…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texto a buscar</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Type to search; accents and capitals do not matter.</source>
        <translation>Escriba para buscar; no importan tildes ni mayúsculas.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>No se encontró nada para «%1».</translation>
    </message>
    <message numerus="yes">
        <source>The best %n results; type more words to narrow them.</source>
        <translation><numerusform>El mejor resultado; escriba más palabras para afinar.</numerusform><numerusform>Los %n mejores resultados; escriba más palabras para afinar.</numerusform></translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 resultado</translation>
    </message>
    <message numerus="yes">
        <source>%n results</source>
        <translation><numerusform>%n resultado</numerusform><numerusform>%n resultados</numerusform></translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your name in the history</source>
        <translation>Su nombre en el historial</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Lawyer's name</source>
        <translation>Nombre del abogado</translation>
    </message>
    <message>
        <source>Bar registration number</source>
        <translation>Número de colegiatura</translation>
    </message>
    <message>
        <source>Default court</source>
        <translation>Órgano jurisdiccional por defecto</translation>
    </message>
    <message>
        <source>Remind me of deadlines this many working days ahead</source>
        <translation>Avisarme de los plazos con estos días hábiles de anticipación</translation>
    </message>
    <message>
        <source>Window position</source>
        <translation>Posición de la ventana</translation>
    </message>
    <message>
        <source>Window layout</source>
        <translation>Disposición de la ventana</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Última página</translation>
    </message>
    <message>
        <source>Last case opened</source>
        <translation>Último expediente abierto</translation>
    </message>
    <message>
        <source>Case list columns</source>
        <translation>Columnas de la lista de expedientes</translation>
    </message>
    <message>
        <source>Kind of the last filing entered</source>
        <translation>Tipo del último escrito ingresado</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>casetracker cannot open this database. Nothing in it was changed.</source>
        <translation>casetracker no puede abrir esta base de datos. No se modificó nada en ella.</translation>
    </message>
</context>
<context>
    <name>TimelineScene</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Vencido: %1</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, vencido</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Expediente: %1</translation>
    </message>
    <message>
        <source>No filings, hearings or deadlines yet.</source>
        <translation>Aún no hay escritos, audiencias ni plazos.</translation>
    </message>
</context>
<context>
    <name>TimelineStyle</name>
    <message>
        <source>Filing</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <source>Court resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Timeline chart</source>
        <translation>Gráfico de la cronología</translation>
    </message>
    <message>
        <source>Left and Right move between events, Enter opens the case, plus and minus zoom, 0 shows everything.</source>
        <translation>Izquierda y Derecha recorren los hechos, Intro abre el expediente, más y menos acercan o alejan, 0 muestra todo.</translation>
    </message>
    <message>
        <source>Choose a case or a matter to see its timeline.</source>
        <translation>Elija un expediente o un tema para ver su cronología.</translation>
    </message>
    <message>
        <source>Selected event</source>
        <translation>Hecho seleccionado</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Alejar (-)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Acercar (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show the whole period (0)</source>
        <translation>Mostrar todo el periodo (0)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Hollow: held, done or cancelled</source>
        <translation>Hueco: realizada, cumplido o cancelada</translation>
    </message>
    <message>
        <source>This case or matter no longer exists.</source>
        <translation>Este expediente o tema ya no existe.</translation>
    </message>
    <message>
        <source>Click an event, or use Left and Right, to select it; Enter opens its case. Ctrl+wheel zooms.</source>
        <translation>Haga clic en un hecho, o use Izquierda y Derecha, para seleccionarlo; Intro abre su expediente. Ctrl+rueda acerca o aleja.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Case deleted</source>
        <translation>Expediente eliminado</translation>
    </message>
    <message>
        <source>Filing deleted</source>
        <translation>Escrito o actuado eliminado</translation>
    </message>
    <message>
        <source>Hearing deleted</source>
        <translation>Audiencia eliminada</translation>
    </message>
    <message>
        <source>Deadline deleted</source>
        <translation>Plazo eliminado</translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation>Nota eliminada</translation>
    </message>
    <message>
        <source>Party removed from the case</source>
        <translation>Parte quitada del expediente</translation>
    </message>
    <message>
        <source>Attachment deleted</source>
        <translation>Anexo eliminado</translation>
    </message>
    <message>
        <source>Case restored</source>
        <translation>Expediente restaurado</translation>
    </message>
    <message>
        <source>Filing restored</source>
        <translation>Escrito o actuado restaurado</translation>
    </message>
    <message>
        <source>Hearing restored</source>
        <translation>Audiencia restaurada</translation>
    </message>
    <message>
        <source>Deadline restored</source>
        <translation>Plazo restaurado</translation>
    </message>
    <message>
        <source>Note restored</source>
        <translation>Nota restaurada</translation>
    </message>
    <message>
        <source>Party back in the case</source>
        <translation>La parte vuelve al expediente</translation>
    </message>
    <message>
        <source>Attachment restored</source>
        <translation>Anexo restaurado</translation>
    </message>
</context>
<context>
    <name>_ListTab</name>
    <message>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Esto no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <source>Amparo</source>
        <translation>Amparo</translation>
    </message>
    <message>
        <source>Habeas corpus</source>
        <translation>Hábeas corpus</translation>
    </message>
    <message>
        <source>Habeas data</source>
        <translation>Hábeas data</translation>
    </message>
    <message>
        <source>Compliance action</source>
        <translation>Proceso de cumplimiento</translation>
    </message>
    <message>
        <source>Popular action</source>
        <translation>Acción popular</translation>
    </message>
    <message>
        <source>Unconstitutionality claim</source>
        <translation>Proceso de inconstitucionalidad</translation>
    </message>
    <message>
        <source>Jurisdictional conflict</source>
        <translation>Proceso competencial</translation>
    </message>
    <message>
        <source>Ordinary civil (conocimiento)</source>
        <translation>Proceso de conocimiento</translation>
    </message>
    <message>
        <source>Abbreviated civil (abreviado)</source>
        <translation>Proceso abreviado</translation>
    </message>
    <message>
        <source>Summary civil (sumarísimo)</source>
        <translation>Proceso sumarísimo</translation>
    </message>
    <message>
        <source>Administrative litigation</source>
        <translation>Proceso contencioso administrativo</translation>
    </message>
    <message>
        <source>Interim measure</source>
        <translation>Medida cautelar</translation>
    </message>
    <message>
        <source>Criminal</source>
        <translation>Proceso penal</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>Proceso laboral</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Presentado</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Admitido</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En trámite</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>On appeal</source>
        <translation>En apelación</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Appeal of</source>
        <translation>Apelación de</translation>
    </message>
    <message>
        <source>Incidente of</source>
        <translation>Incidente de</translation>
    </message>
    <message>
        <source>Related to</source>
        <translation>Relacionado con</translation>
    </message>
    <message>
        <source>Justice of the peace</source>
        <translation>Juzgado de paz</translation>
    </message>
    <message>
        <source>First instance</source>
        <translation>Primera instancia</translation>
    </message>
    <message>
        <source>Superior chamber</source>
        <translation>Sala superior</translation>
    </message>
    <message>
        <source>Supreme Court</source>
        <translation>Corte Suprema</translation>
    </message>
    <message>
        <source>Constitutional Court</source>
        <translation>Tribunal Constitucional</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona natural</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Persona jurídica</translation>
    </message>
    <message>
        <source>Plaintiff</source>
        <translation>Demandante</translation>
    </message>
    <message>
        <source>Defendant</source>
        <translation>Demandado</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Tercero</translation>
    </message>
    <message>
        <source>Counsel</source>
        <translation>Abogado patrocinante</translation>
    </message>
    <message>
        <source>Amicus curiae</source>
        <translation>Amicus curiae</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juez</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Fiscal</translation>
    </message>
    <message>
        <source>State attorney (procurador)</source>
        <translation>Procurador público</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Demanda</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Contestación</translation>
    </message>
    <message>
        <source>Brief (escrito)</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <source>Court resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Recurso de apelación</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Medio probatorio</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Reprogramada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Vencido sin cumplir</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Renunciado</translation>
    </message>
</context>
</TS>