<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AgendaExportDialog</name>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/agenda_export_dialog.py" line="56"/>
        <source>Export the agenda</source>
        <translation>Exportar la agenda</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/agenda_export_dialog.py" line="58"/>
        <source>The &amp;next</source>
        <translation>Los &amp;próximos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/agenda_export_dialog.py" line="59"/>
        <source>The next days</source>
        <translation>Los próximos días</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/agenda_export_dialog.py" line="63"/>
        <source> days from today</source>
        <translation> días desde hoy</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/agenda_export_dialog.py" line="64"/>
        <source>Number of days from today</source>
        <translation>Número de días desde hoy</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/agenda_export_dialog.py" line="65"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/agenda_export_dialog.py" line="66"/>
        <source>From a date to a date</source>
        <translation>De una fecha a otra</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/agenda_export_dialog.py" line="68"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/agenda_export_dialog.py" line="70"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/agenda_export_dialog.py" line="71"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/agenda_export_dialog.py" line="91"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/agenda_export_dialog.py" line="93"/>
        <source>PDF, to print</source>
        <translation>PDF, para imprimir</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/agenda_export_dialog.py" line="94"/>
        <source>Word document (.docx), to edit</source>
        <translation>Documento de Word (.docx), para editar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/agenda_export_dialog.py" line="95"/>
        <source>Plain text (.txt)</source>
        <translation>Texto simple (.txt)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/agenda_export_dialog.py" line="96"/>
        <source>iCalendar (.ics), for calendar programs</source>
        <translation>iCalendar (.ics), para programas de calendario</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/agenda_export_dialog.py" line="104"/>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/agenda_export_dialog.py" line="108"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/agenda_export_dialog.py" line="115"/>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/agenda_export_dialog.py" line="117"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/agenda_export_dialog.py" line="122"/>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/agenda_export_dialog.py" line="124"/>
        <location filename="../../src/casetracker/ui/deadlines/agenda_export_dialog.py" line="217"/>
        <source>Save the agenda</source>
        <translation>Guardar la agenda</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/agenda_export_dialog.py" line="129"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/agenda_export_dialog.py" line="164"/>
        <source>The last day comes before the first.</source>
        <translation>El último día es anterior al primero.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/agenda_export_dialog.py" line="178"/>
        <source>Overdue deadlines first, then day by day: ready to pin on the wall.</source>
        <translation>Primero los plazos vencidos y luego día por día: lista para colgar en la pared.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/agenda_export_dialog.py" line="180"/>
        <source>The same agenda as the PDF, to edit in a word processor.</source>
        <translation>La misma agenda que el PDF, para editarla en un procesador de textos.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/agenda_export_dialog.py" line="182"/>
        <source>The agenda as plain text, to paste into a message.</source>
        <translation>La agenda en texto simple, para pegarla en un mensaje.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/agenda_export_dialog.py" line="183"/>
        <source>Hearings at their time (Lima) and deadlines as all-day events with a reminder. Importing a newer export updates the events instead of duplicating them.</source>
        <translation>Las audiencias a su hora (Lima) y los plazos como eventos de todo el día con aviso. Importar una exportación más reciente actualiza los eventos en lugar de duplicarlos.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/agenda_export_dialog.py" line="211"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/agenda_export_dialog.py" line="212"/>
        <source>Word document (*.docx)</source>
        <translation>Documento de Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/agenda_export_dialog.py" line="213"/>
        <source>Text file (*.txt)</source>
        <translation>Archivo de texto (*.txt)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/agenda_export_dialog.py" line="214"/>
        <source>iCalendar file (*.ics)</source>
        <translation>Archivo iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/agenda_export_dialog.py" line="230"/>
        <source>Saving “%1”…</source>
        <translation>Guardando «%1»…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/agenda_export_dialog.py" line="238"/>
        <source>Saved “%1” in %2.</source>
        <translation>Se guardó «%1» en %2.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/agenda_export_dialog.py" line="245"/>
        <source>Not saved.</source>
        <translation>No se guardó.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/agenda_export_dialog.py" line="253"/>
        <source>Something went wrong; the details are in the log.</source>
        <translation>Algo falló; los detalles están en el registro.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/agenda_export_dialog.py" line="255"/>
        <source>Agenda not saved</source>
        <translation>La agenda no se guardó</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../src/casetracker/ui/calendar/calendar_view.py" line="63"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/calendar/calendar_view.py" line="63"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/calendar/calendar_view.py" line="63"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/calendar/calendar_view.py" line="63"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/calendar/calendar_view.py" line="64"/>
        <source>Court</source>
        <translation>Juzgado o sala</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/calendar/calendar_view.py" line="64"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/calendar/calendar_view.py" line="95"/>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/calendar/calendar_view.py" line="108"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <location filename="../../src/casetracker/ui/app.py" line="293"/>
        <location filename="../../src/casetracker/ui/app.py" line="404"/>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/app.py" line="368"/>
        <source>No automatic backup today: %1</source>
        <translation>Hoy no se hizo la copia automática: %1</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/app.py" line="376"/>
        <source>The database could not be checked: %1</source>
        <translation>No se pudo verificar la base de datos: %1</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/app.py" line="383"/>
        <source>The database is damaged: restore a backup (File → Backups…)</source>
        <translation>La base de datos está dañada: restaure una copia de seguridad (Archivo → Copias de seguridad…)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/app.py" line="430"/>
        <source>Moving the database to this computer…</source>
        <translation>Trasladando la base de datos a esta computadora…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/app.py" line="434"/>
        <source>The database is now %1, and a backup of it is in %2. The old file was left as it was: open the new one from now on.</source>
        <translation>La base de datos ahora es %1, y hay una copia de seguridad en %2. El archivo anterior quedó como estaba: de ahora en adelante abra el nuevo.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/app.py" line="475"/>
        <source>Restored the backup %1.</source>
        <translation>Se restauró la copia de seguridad %1.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/app.py" line="477"/>
        <source>The previous file was kept as %1.</source>
        <translation>El archivo anterior se conservó como %1.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/app.py" line="470"/>
        <source>Removed 1 leftover temporary copy from an interrupted operation.</source>
        <translation>Se eliminó 1 copia temporal que quedó de una operación interrumpida.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/app.py" line="471"/>
        <source>Removed %1 leftover temporary copies from an interrupted operation.</source>
        <translation>Se eliminaron %1 copias temporales que quedaron de una operación interrumpida.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/app.py" line="481"/>
        <source>The backup was made before the database was protected; the restored database is protected with the current passphrase.</source>
        <translation>La copia de seguridad se hizo antes de proteger la base de datos; la base restaurada queda protegida con la frase de contraseña actual.</translation>
    </message>
</context>
<context>
    <name>Appearances</name>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_party_dialog.py" line="239"/>
        <source>Representative of %1 (%2)</source>
        <translation>Representante de %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/parties_page.py" line="78"/>
        <source>Representative</source>
        <translation>Representante</translation>
    </message>
</context>
<context>
    <name>ArchiveActions</name>
    <message>
        <location filename="../../src/casetracker/ui/safety/archive_actions.py" line="117"/>
        <source>Export everything to an archive</source>
        <translation>Exportar todo a un archivo completo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/archive_actions.py" line="119"/>
        <location filename="../../src/casetracker/ui/safety/archive_actions.py" line="143"/>
        <source>casetracker archives (*.json)</source>
        <translation>Archivos completos de casetracker (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/archive_actions.py" line="125"/>
        <source>Exporting everything…</source>
        <translation>Exportando todo…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/archive_actions.py" line="129"/>
        <source>Exported %1 records to %2. The archive holds everything, protected names too: keep it as safe as the database.</source>
        <translation>Se exportaron %1 registros a %2. El archivo contiene todo, también los nombres protegidos: guárdelo con el mismo cuidado que la base de datos.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/archive_actions.py" line="141"/>
        <location filename="../../src/casetracker/ui/safety/archive_actions.py" line="164"/>
        <location filename="../../src/casetracker/ui/safety/archive_actions.py" line="182"/>
        <source>Import an archive</source>
        <translation>Importar un archivo completo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/archive_actions.py" line="150"/>
        <source>New database for the imported archive</source>
        <translation>Nueva base de datos para el archivo importado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/archive_actions.py" line="152"/>
        <source>casetracker databases (*.sqlite3)</source>
        <translation>Bases de datos de casetracker (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/archive_actions.py" line="161"/>
        <source>%1 already exists. An archive is imported only into a new, empty database: choose a new file name.</source>
        <translation>%1 ya existe. Un archivo completo solo se importa en una base de datos nueva y vacía: elija otro nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/archive_actions.py" line="168"/>
        <source>Checking and importing the archive…</source>
        <translation>Revisando e importando el archivo…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/archive_actions.py" line="171"/>
        <source>The archive was not imported</source>
        <translation>No se importó el archivo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/archive_actions.py" line="176"/>
        <source>Imported %1 records into %2.</source>
        <translation>Se importaron %1 registros en %2.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/archive_actions.py" line="184"/>
        <source>Imported %1 records into the new database %2.

Open it now? casetracker closes this database (nothing in it changes) and opens the new one.</source>
        <translation>Se importaron %1 registros en la nueva base de datos %2.

¿Abrirla ahora? casetracker cierra esta base de datos (no cambia nada en ella) y abre la nueva.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casetracker/ui/safety/archive_actions.py" line="201"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…y %n más.</numerusform>
            <numerusform>…y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/archive_actions.py" line="202"/>
        <source>Imported as written; check these:</source>
        <translation>Se importaron tal como estaban escritos; revise estos:</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/archive_actions.py" line="209"/>
        <source>Import filings from a CSV file</source>
        <translation>Importar escritos desde un archivo CSV</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/archive_actions.py" line="211"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/archive_actions.py" line="219"/>
        <source>Imported %1 filings from %2 (read as %3).</source>
        <translation>Se importaron %1 escritos desde %2 (leído como %3).</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/archive_actions.py" line="226"/>
        <source>Checking and importing the filings…</source>
        <translation>Revisando e importando los escritos…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/archive_actions.py" line="229"/>
        <source>The filings were not imported</source>
        <translation>No se importaron los escritos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/archive_actions.py" line="235"/>
        <source>Save the CSV template</source>
        <translation>Guardar la plantilla CSV</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/archive_actions.py" line="236"/>
        <source>filings-template.csv</source>
        <translation>plantilla-escritos.csv</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/archive_actions.py" line="237"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/archive_actions.py" line="243"/>
        <source>Saving the template…</source>
        <translation>Guardando la plantilla…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/archive_actions.py" line="247"/>
        <source>Saved the template to %1: one filing per row, then File → Import filings from CSV…</source>
        <translation>Plantilla guardada en %1: un escrito por fila; luego Archivo → Importar escritos desde CSV…</translation>
    </message>
</context>
<context>
    <name>AttachmentOpener</name>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachment_opener.py" line="32"/>
        <source>a program</source>
        <translation>un programa</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachment_opener.py" line="33"/>
        <location filename="../../src/casetracker/ui/case_view/attachment_opener.py" line="42"/>
        <source>a script</source>
        <translation>un script</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachment_opener.py" line="34"/>
        <source>an installer</source>
        <translation>un instalador</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachment_opener.py" line="35"/>
        <source>a shortcut or launcher</source>
        <translation>un acceso directo o lanzador</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachment_opener.py" line="36"/>
        <source>a Java program</source>
        <translation>un programa Java</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachment_opener.py" line="39"/>
        <source>a Windows program</source>
        <translation>un programa de Windows</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachment_opener.py" line="40"/>
        <source>a Linux program</source>
        <translation>un programa de Linux</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachment_opener.py" line="41"/>
        <source>a macOS program</source>
        <translation>un programa de macOS</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachment_opener.py" line="43"/>
        <source>a Windows shortcut</source>
        <translation>un acceso directo de Windows</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachment_opener.py" line="60"/>
        <source>No program is set up to open %1.</source>
        <translation>No hay ningún programa configurado para abrir %1.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachment_opener.py" line="81"/>
        <source>The name “%1” contains invisible characters (%2) that can make it look like another type of file.</source>
        <translation>El nombre «%1» contiene caracteres invisibles (%2) que pueden hacerlo parecer otro tipo de archivo.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachment_opener.py" line="91"/>
        <source>“%1” is %2, although its name has no extension.</source>
        <translation>«%1» es %2, aunque su nombre no tiene extensión.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachment_opener.py" line="97"/>
        <source>“%1” is %2, although its name ends in “%3”.</source>
        <translation>«%1» es %2, aunque su nombre termina en «%3».</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachment_opener.py" line="103"/>
        <source>“%1” is %2.</source>
        <translation>«%1» es %2.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachment_opener.py" line="115"/>
        <source>Open a file that runs?</source>
        <translation>¿Abrir un archivo que se ejecuta?</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachment_opener.py" line="118"/>
        <source>Opening it can run it on this computer, with your permissions. Open it only if you know where it came from and trust it.</source>
        <translation>Abrirlo puede ejecutarlo en esta computadora, con sus permisos. Ábralo solo si sabe de dónde viene y confía en su origen.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachment_opener.py" line="125"/>
        <source>Open anyway</source>
        <translation>Abrir de todos modos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachment_opener.py" line="128"/>
        <source>Do not open</source>
        <translation>No abrir</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachments_panel.py" line="104"/>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachments_panel.py" line="109"/>
        <source>Add file…</source>
        <translation>Adjuntar archivo…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachments_panel.py" line="110"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachments_panel.py" line="111"/>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachments_panel.py" line="112"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachments_panel.py" line="114"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachments_panel.py" line="115"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachments_panel.py" line="117"/>
        <source>Earlier among the annexes (%1)</source>
        <translation>Antes entre los anexos (%1)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachments_panel.py" line="118"/>
        <source>Later among the annexes (%1)</source>
        <translation>Después entre los anexos (%1)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachments_panel.py" line="125"/>
        <source>Drop files here to attach them.</source>
        <translation>Arrastre archivos aquí para adjuntarlos.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachments_panel.py" line="232"/>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachments_panel.py" line="248"/>
        <source>Not attached: %1. Attachments are limited to %2 MB; keep larger files in the office archive.</source>
        <translation>No se adjuntó: %1. Los anexos tienen un límite de %2 MB; guarde los archivos más grandes en el archivo de la oficina.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachments_panel.py" line="305"/>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
</context>
<context>
    <name>BackupsWindow</name>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="42"/>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="43"/>
        <source>Made by hand</source>
        <translation>Hecha a mano</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="44"/>
        <source>Before an upgrade</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="47"/>
        <source>Integrity</source>
        <translation>Integridad</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="48"/>
        <source>References between records</source>
        <translation>Referencias entre registros</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="49"/>
        <source>Search index</source>
        <translation>Índice de búsqueda</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="50"/>
        <source>Document index</source>
        <translation>Índice de documentos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="51"/>
        <source>Text of attached documents</source>
        <translation>Texto de los documentos adjuntos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="76"/>
        <source>This file cannot be read</source>
        <translation>Este archivo no se puede leer</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="117"/>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="148"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="126"/>
        <source>Backups of %1</source>
        <translation>Copias de seguridad de %1</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="129"/>
        <source>casetracker backs the database up once a day when it opens, and checks every copy after writing it. Keep a copy away from this computer too: Back up now to… an external drive.</source>
        <translation>casetracker hace una copia de la base de datos una vez al día al abrirla, y verifica cada copia después de escribirla. Guarde también una copia fuera de esta computadora: Copiar ahora en… un disco externo.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="138"/>
        <source>Folder shown</source>
        <translation>Carpeta mostrada</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="140"/>
        <source>&amp;Look in another folder…</source>
        <translation>&amp;Ver otra carpeta…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="141"/>
        <source>&amp;Default folder</source>
        <translation>Carpeta &amp;predeterminada</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="160"/>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="162"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="168"/>
        <source>Back up &amp;now</source>
        <translation>Copiar &amp;ahora</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="169"/>
        <source>Back up now &amp;to…</source>
        <translation>Copiar ahora &amp;en…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="170"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="171"/>
        <source>&amp;Check the database</source>
        <translation>Verificar la &amp;base de datos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="172"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="182"/>
        <source>Result of the check</source>
        <translation>Resultado de la verificación</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="211"/>
        <source>Folder: %1</source>
        <translation>Carpeta: %1</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="214"/>
        <source>Reading the backups…</source>
        <translation>Leyendo las copias de seguridad…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="231"/>
        <source>No backups in this folder yet.</source>
        <translation>Todavía no hay copias de seguridad en esta carpeta.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="233"/>
        <source>1 backup.</source>
        <translation>1 copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="235"/>
        <source>%1 backups.</source>
        <translation>%1 copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="240"/>
        <source>Show the backups kept in…</source>
        <translation>Mostrar las copias guardadas en…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="264"/>
        <source>Back up to which folder?</source>
        <translation>¿En qué carpeta copiar?</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="273"/>
        <source>Backed up to %1 (%2 cases); the copy was checked and is complete.</source>
        <translation>Copia guardada en %1 (%2 expedientes); se verificó y está completa.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="290"/>
        <source>Backing up and checking the copy…</source>
        <translation>Copiando y verificando la copia…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="305"/>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="315"/>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="328"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="306"/>
        <source>This backup cannot be read, so it cannot be restored; choose another.</source>
        <translation>Esta copia no se puede leer, así que no se puede restaurar; elija otra.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="316"/>
        <source>Restore the backup %1?</source>
        <translation>¿Restaurar la copia de seguridad %1?</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="318"/>
        <source>casetracker will close the database, put the current file aside under a new name (nothing is deleted), put this backup in its place and open it again.

Changes made after the backup are not in it; they stay in the file put aside.</source>
        <translation>casetracker cerrará la base de datos, apartará el archivo actual con otro nombre (no se elimina nada), pondrá esta copia en su lugar y la volverá a abrir.

Los cambios hechos después de la copia no están en ella; quedan en el archivo apartado.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="340"/>
        <source>Checking the database…</source>
        <translation>Verificando la base de datos…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="350"/>
        <source>The database passed every check.</source>
        <translation>La base de datos pasó todas las verificaciones.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="352"/>
        <source>The check found problems; see the report below.</source>
        <translation>La verificación encontró problemas; vea el informe abajo.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="421"/>
        <source>No problems found. Checked: %1.</source>
        <translation>No se encontraron problemas. Se verificó: %1.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="425"/>
        <source>Problems found (checked: %1):</source>
        <translation>Problemas encontrados (se verificó: %1):</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="431"/>
        <source>Restore the newest good backup: select it above and press Restore. The damaged file is kept aside, not deleted.</source>
        <translation>Restaure la copia buena más reciente: selecciónela arriba y pulse Restaurar. El archivo dañado se aparta, no se elimina.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="438"/>
        <source>Not checked: %1</source>
        <translation>No verificado: %1</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="442"/>
        <source>Documents: %1</source>
        <translation>Documentos: %1</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="279"/>
        <source>Rotation removed 1 older automatic backup: %1.</source>
        <translation>La rotación eliminó 1 copia automática más antigua: %1.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="281"/>
        <source>Rotation removed %2 older automatic backups: %1.</source>
        <translation>La rotación eliminó %2 copias automáticas más antiguas: %1.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="324"/>
        <source>This backup was made before the database was protected. The restored database will be protected with the current passphrase, as it is now.</source>
        <translation>Esta copia de seguridad se hizo antes de proteger la base de datos. La base restaurada quedará protegida con la frase de contraseña actual, como lo está ahora.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="91"/>
        <source>What this copy adds: the parts no older copy shares</source>
        <translation>Lo que añade esta copia: las partes que ninguna copia anterior comparte</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="136"/>
        <source>Last full check</source>
        <translation>Última verificación completa</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="396"/>
        <source>SQLite reported damage in this database: press Check the database, then restore the newest good backup if the check confirms it.</source>
        <translation>SQLite informó daños en esta base de datos: pulse Verificar la base de datos y, si la verificación lo confirma, restaure la copia buena más reciente.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="402"/>
        <source>Not checked in full yet: the next backup checks it, or press Check.</source>
        <translation>Aún no se verificó completa: la próxima copia la verifica, o pulse Verificar.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="406"/>
        <source>Last full check: %1, no damage found.</source>
        <translation>Última verificación completa: %1, sin daños.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="410"/>
        <source>Next: %1.</source>
        <translation>Próxima: %1.</translation>
    </message>
</context>
<context>
    <name>BodiesPanel</name>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/bodies_panel.py" line="34"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/bodies_panel.py" line="35"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/bodies_panel.py" line="44"/>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/bodies_panel.py" line="46"/>
        <source>Not verified: confirm</source>
        <translation>No verificado: confirmar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/bodies_panel.py" line="114"/>
        <source>Bodies and their own days</source>
        <translation>Órganos y sus días propios</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/bodies_panel.py" line="117"/>
        <source>Which courts stop on Día del Juez and at the opening of the judicial year depends on their body. Stored deadlines keep their dates when this changes.</source>
        <translation>Qué órganos jurisdiccionales no laboran el Día del Juez y en la apertura del año judicial depende de su órgano (Poder Judicial, Tribunal Constitucional…). Los plazos ya guardados conservan su fecha si esto cambia.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/bodies_panel.py" line="125"/>
        <source>Bodies</source>
        <translation>Órganos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/bodies_panel.py" line="130"/>
        <source>Add &amp;body…</source>
        <translation>Añadir ó&amp;rgano…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/bodies_panel.py" line="131"/>
        <source>Add body</source>
        <translation>Añadir órgano</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/bodies_panel.py" line="133"/>
        <source>Edit b&amp;ody…</source>
        <translation>Editar órga&amp;no…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/bodies_panel.py" line="134"/>
        <source>Edit body</source>
        <translation>Editar órgano</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/bodies_panel.py" line="67"/>
        <source>Edit body</source>
        <translation>Editar órgano</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/bodies_panel.py" line="67"/>
        <source>New body</source>
        <translation>Nuevo órgano</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/bodies_panel.py" line="69"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/bodies_panel.py" line="72"/>
        <source>Día del Juez</source>
        <translation>Día del Juez</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/bodies_panel.py" line="73"/>
        <source>4 August is not a working day</source>
        <translation>El 4 de agosto es inhábil</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/bodies_panel.py" line="77"/>
        <source>Judicial year</source>
        <translation>Año judicial</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/bodies_panel.py" line="78"/>
        <source>The opening of the judicial year is not a working day</source>
        <translation>La apertura del año judicial es inhábil</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/bodies_panel.py" line="80"/>
        <source>Basis</source>
        <translation>Base legal</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/bodies_panel.py" line="81"/>
        <source>e.g. LOPJ arts. 123, 124 y 247</source>
        <translation>p. ej. LOPJ arts. 123, 124 y 247</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/bodies_panel.py" line="83"/>
        <source>Checked</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/bodies_panel.py" line="83"/>
        <source>A lawyer checked this in the norm</source>
        <translation>Un abogado lo verificó en la norma</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/bodies_panel.py" line="85"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>BriefChoices</name>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_choices.py" line="134"/>
        <location filename="../../src/casetracker/ui/briefs/brief_choices.py" line="167"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_choices.py" line="172"/>
        <source>Case s&amp;ummary</source>
        <translation>R&amp;esumen del expediente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_choices.py" line="172"/>
        <source>Case summary</source>
        <translation>Resumen del expediente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_choices.py" line="173"/>
        <source>&amp;Escrito of a filing</source>
        <translation>&amp;Escrito de un actuado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_choices.py" line="173"/>
        <source>Escrito of a filing</source>
        <translation>Escrito de un actuado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_choices.py" line="174"/>
        <source>&amp;Matter summary</source>
        <translation>Resumen del &amp;tema</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_choices.py" line="174"/>
        <source>Matter summary</source>
        <translation>Resumen del tema</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_choices.py" line="184"/>
        <source>For the team, before a hearing.</source>
        <translation>Para el equipo, antes de una audiencia.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_choices.py" line="188"/>
        <source>&amp;Annex files after the escrito</source>
        <translation>&amp;Archivos de los anexos tras el escrito</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_choices.py" line="190"/>
        <source>One PDF to file: the escrito, then each attached file after a cover page (PDF, court copy)</source>
        <translation>Un solo PDF para presentar: el escrito y luego cada archivo adjunto tras una carátula (PDF, copia para el juzgado)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_choices.py" line="197"/>
        <source>All the cases of “%1”, with a combined chronology.</source>
        <translation>Todos los expedientes de «%1», con una cronología conjunta.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_choices.py" line="213"/>
        <source>No filings yet</source>
        <translation>Aún no hay escritos ni actuados</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_choices.py" line="218"/>
        <source>Filing the escrito is for</source>
        <translation>Escrito que se genera</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_choices.py" line="230"/>
        <source>Filing #%1</source>
        <translation>Actuado n.º %1</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_choices.py" line="237"/>
        <source>Kind of escrito</source>
        <translation>Tipo de escrito</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_choices.py" line="238"/>
        <source>The escrito&apos;s sections follow its kind</source>
        <translation>Las secciones del escrito siguen su tipo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_choices.py" line="272"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_choices.py" line="268"/>
        <source>P&amp;DF</source>
        <translation>P&amp;DF</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_choices.py" line="268"/>
        <source>Ready to print and file.</source>
        <translation>Listo para imprimir y presentar.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_choices.py" line="269"/>
        <source>&amp;Word (DOCX)</source>
        <translation>&amp;Word (DOCX)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_choices.py" line="270"/>
        <source>To keep editing in Word or LibreOffice.</source>
        <translation>Para seguir editándolo en Word o LibreOffice.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_choices.py" line="283"/>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_choices.py" line="278"/>
        <source>C&amp;ourt copy</source>
        <translation>C&amp;opia para el juzgado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_choices.py" line="279"/>
        <source>Names every party, protected ones too: to file with the court.</source>
        <translation>Nombra a todas las partes, también a las protegidas: para presentar al juzgado.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_choices.py" line="280"/>
        <source>P&amp;ublic copy</source>
        <translation>Copia &amp;pública</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_choices.py" line="281"/>
        <source>Protected parties&apos; names and numbers replaced by [RESERVADO].</source>
        <translation>Nombres y números de las partes protegidas reemplazados por [RESERVADO].</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_choices.py" line="315"/>
        <source>Signed by</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_choices.py" line="318"/>
        <source>Lawyer&apos;s name</source>
        <translation>Nombre del abogado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_choices.py" line="319"/>
        <source>As under the signature</source>
        <translation>Tal como va bajo la firma</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_choices.py" line="321"/>
        <source>Bar registration number</source>
        <translation>Número de colegiatura</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_choices.py" line="322"/>
        <source>e.g. CAC 4512</source>
        <translation>p. ej. CAC 4512</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_choices.py" line="323"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_choices.py" line="324"/>
        <source>&amp;Bar reg.:</source>
        <translation>&amp;Colegiatura:</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_dialog.py" line="99"/>
        <source>Generate document — %1</source>
        <translation>Generar documento — %1</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_dialog.py" line="127"/>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_dialog.py" line="127"/>
        <source>Save the document</source>
        <translation>Guardar el documento</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_dialog.py" line="128"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_dialog.py" line="128"/>
        <source>Print the document</source>
        <translation>Imprimir el documento</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_dialog.py" line="130"/>
        <source>Open containing f&amp;older</source>
        <translation>Abrir la &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_dialog.py" line="130"/>
        <source>Open the folder of the saved document</source>
        <translation>Abrir la carpeta del documento guardado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_dialog.py" line="135"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_dialog.py" line="142"/>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_dialog.py" line="144"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_dialog.py" line="197"/>
        <location filename="../../src/casetracker/ui/briefs/brief_dialog.py" line="265"/>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_dialog.py" line="250"/>
        <location filename="../../src/casetracker/ui/briefs/brief_dialog.py" line="293"/>
        <source>Document not generated</source>
        <translation>No se generó el documento</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_dialog.py" line="291"/>
        <source>The document could not be generated.
%1</source>
        <translation>No se pudo generar el documento.
%1</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_dialog.py" line="296"/>
        <source>Not saved.</source>
        <translation>No se guardó.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_dialog.py" line="297"/>
        <source>Document not saved</source>
        <translation>No se guardó el documento</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_dialog.py" line="309"/>
        <source>The Word document is previewed as PDF: the text is the same, Word may break lines and pages a little differently.</source>
        <translation>El documento de Word se muestra como PDF: el texto es el mismo, pero Word puede cortar líneas y páginas de forma algo distinta.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_dialog.py" line="329"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_dialog.py" line="331"/>
        <source>Word document (*.docx)</source>
        <translation>Documento de Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_dialog.py" line="333"/>
        <source>Save document</source>
        <translation>Guardar documento</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_dialog.py" line="349"/>
        <source>Saving “%1”…</source>
        <translation>Guardando «%1»…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_dialog.py" line="355"/>
        <source>Saved “%1” in %2.</source>
        <translation>Se guardó «%1» en %2.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_dialog.py" line="368"/>
        <source>Not printed</source>
        <translation>No se imprimió</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casetracker/ui/briefs/brief_dialog.py" line="371"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Se envió %n página a la impresora.</numerusform>
            <numerusform>Se enviaron %n páginas a la impresora.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefPreview</name>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_preview.py" line="62"/>
        <source>Preview of the document</source>
        <translation>Vista previa del documento</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_preview.py" line="78"/>
        <source>About the preview</source>
        <translation>Acerca de la vista previa</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_preview.py" line="80"/>
        <source>Page shown</source>
        <translation>Página mostrada</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_preview.py" line="97"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_preview.py" line="107"/>
        <source>Preview status</source>
        <translation>Estado de la vista previa</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_preview.py" line="115"/>
        <source>Generating the document</source>
        <translation>Generando el documento</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_preview.py" line="151"/>
        <source>The generated PDF could not be displayed.</source>
        <translation>No se pudo mostrar el PDF generado.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_preview.py" line="191"/>
        <source>Print document</source>
        <translation>Imprimir documento</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_preview.py" line="209"/>
        <source>Sending the pages to the printer…</source>
        <translation>Enviando las páginas a la impresora…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_preview.py" line="209"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_preview.py" line="211"/>
        <source>Printing</source>
        <translation>Imprimiendo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/brief_preview.py" line="216"/>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../src/casetracker/ui/calendar/calendar_view.py" line="133"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/calendar/calendar_view.py" line="135"/>
        <source>Month calendar</source>
        <translation>Calendario del mes</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/calendar/calendar_view.py" line="140"/>
        <location filename="../../src/casetracker/ui/calendar/calendar_view.py" line="141"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/calendar/calendar_view.py" line="147"/>
        <source>Nothing on the agenda for these days.</source>
        <translation>No hay nada en la agenda para estos días.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/calendar/calendar_view.py" line="151"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/calendar/calendar_view.py" line="152"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casetracker/ui/calendar/calendar_view.py" line="153"/>
        <source>Next %n days</source>
        <translation>
            <numerusform>Próximo %n día</numerusform>
            <numerusform>Próximos %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casetracker/ui/calendar/calendar_view.py" line="154"/>
        <source>Show the next %n days</source>
        <translation>
            <numerusform>Mostrar el próximo %n día</numerusform>
            <numerusform>Mostrar los próximos %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/calendar/calendar_view.py" line="156"/>
        <location filename="../../src/casetracker/ui/calendar/calendar_view.py" line="157"/>
        <source>Show the whole period</source>
        <translation>Mostrar todo el periodo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/calendar/calendar_view.py" line="183"/>
        <source>Fro&amp;m</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/calendar/calendar_view.py" line="183"/>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/calendar/calendar_view.py" line="218"/>
        <source>Hearings</source>
        <translation>Audiencias</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/calendar/calendar_view.py" line="219"/>
        <source>Open deadlines</source>
        <translation>Plazos pendientes</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/calendar/calendar_view.py" line="220"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/calendar/calendar_view.py" line="223"/>
        <source>Weekend: courts closed</source>
        <translation>Fin de semana: juzgados cerrados</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/calendar/calendar_view.py" line="224"/>
        <source>Holiday or closure</source>
        <translation>Feriado o cierre del despacho</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casetracker/ui/calendar/calendar_view.py" line="317"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n vencido</numerusform>
            <numerusform>%n vencidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_dialog.py" line="37"/>
        <source>Edit case</source>
        <translation>Editar expediente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_dialog.py" line="37"/>
        <source>New case</source>
        <translation>Nuevo expediente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_dialog.py" line="40"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_dialog.py" line="41"/>
        <source>e.g. Frente de Defensa c. PNP (amparo)</source>
        <translation>p. ej. Frente de Defensa c. PNP (amparo)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_dialog.py" line="47"/>
        <location filename="../../src/casetracker/ui/forms/case_dialog.py" line="50"/>
        <source>Expediente</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_dialog.py" line="51"/>
        <source>— no court yet —</source>
        <translation>— aún sin órgano jurisdiccional —</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_dialog.py" line="53"/>
        <source>Court</source>
        <translation>Órgano jurisdiccional</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_dialog.py" line="55"/>
        <source>Procedure</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_dialog.py" line="56"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_dialog.py" line="57"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_dialog.py" line="58"/>
        <source>Filed on</source>
        <translation>Fecha de presentación</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_dialog.py" line="59"/>
        <source>Closed on</source>
        <translation>Fecha de archivo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_dialog.py" line="60"/>
        <source>— no matter —</source>
        <translation>— sin tema —</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_dialog.py" line="62"/>
        <source>Matter</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_dialog.py" line="65"/>
        <source>Responsible lawyer</source>
        <translation>Abogado responsable</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_dialog.py" line="68"/>
        <source>Court clerk (especialista)</source>
        <translation>Especialista legal</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_dialog.py" line="72"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_dialog.py" line="73"/>
        <source>Distance allowance</source>
        <translation>Término de la distancia</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_dialog.py" line="75"/>
        <source>Extra days granted for distance (término de la distancia)</source>
        <translation>Días adicionales por el término de la distancia</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_dialog.py" line="78"/>
        <source>None; type to choose an appeal or incidente of</source>
        <translation>Ninguno; escriba para elegir el principal de una apelación o incidente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_dialog.py" line="80"/>
        <source>Related case</source>
        <translation>Expediente relacionado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_dialog.py" line="82"/>
        <source>Relation</source>
        <translation>Relación</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_dialog.py" line="83"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_dialog.py" line="53"/>
        <source>New court</source>
        <translation>Nuevo órgano jurisdiccional</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_dialog.py" line="62"/>
        <source>New matter</source>
        <translation>Nuevo tema</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../../src/casetracker/ui/cases/case_list.py" line="102"/>
        <source>Filter by title or expediente…</source>
        <translation>Filtrar por título o número de expediente…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/case_list.py" line="103"/>
        <source>Filter cases by title or expediente</source>
        <translation>Filtrar expedientes por título o número</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/case_list.py" line="106"/>
        <source>Status filter</source>
        <translation>Filtro por estado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/case_list.py" line="107"/>
        <source>Court filter</source>
        <translation>Filtro por órgano jurisdiccional</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/case_list.py" line="108"/>
        <source>Procedure filter</source>
        <translation>Filtro por proceso</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/case_list.py" line="109"/>
        <source>Matter filter</source>
        <translation>Filtro por tema</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/case_list.py" line="111"/>
        <source>New case…</source>
        <translation>Nuevo expediente…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/case_list.py" line="112"/>
        <source>New case</source>
        <translation>Nuevo expediente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/case_list.py" line="113"/>
        <source>New case (Ctrl+N)</source>
        <translation>Nuevo expediente (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/case_list.py" line="116"/>
        <location filename="../../src/casetracker/ui/cases/case_list.py" line="211"/>
        <source>Cases</source>
        <translation>Expedientes</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/case_list.py" line="179"/>
        <source>Case actions</source>
        <translation>Acciones del expediente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/case_list.py" line="184"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/case_list.py" line="184"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/case_list.py" line="187"/>
        <source>&amp;Generate document…</source>
        <translation>&amp;Generar documento…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/case_list.py" line="239"/>
        <source>Open cases</source>
        <translation>Expedientes en trámite</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/case_list.py" line="241"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/case_list.py" line="244"/>
        <source>All courts</source>
        <translation>Todos los órganos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/case_list.py" line="248"/>
        <source>All procedures</source>
        <translation>Todos los procesos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/case_list.py" line="252"/>
        <source>All matters</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/case_list.py" line="288"/>
        <source>1 case</source>
        <translation>1 expediente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/case_list.py" line="290"/>
        <source>%1 cases</source>
        <translation>%1 expedientes</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/case_list.py" line="106"/>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/case_list.py" line="107"/>
        <source>&amp;Court:</source>
        <translation>&amp;Juzgado o sala:</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/case_list.py" line="108"/>
        <source>&amp;Procedure:</source>
        <translation>P&amp;roceso:</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/case_list.py" line="109"/>
        <source>&amp;Matter:</source>
        <translation>&amp;Tema:</translation>
    </message>
</context>
<context>
    <name>CasePartyDialog</name>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_party_dialog.py" line="46"/>
        <source>Edit role in the case</source>
        <translation>Editar el rol en el expediente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_party_dialog.py" line="46"/>
        <source>Add party to the case</source>
        <translation>Agregar parte al expediente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_party_dialog.py" line="53"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_party_dialog.py" line="54"/>
        <source>Type the name; similar parties are offered below</source>
        <translation>Escriba el nombre; abajo se sugieren partes parecidas</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_party_dialog.py" line="58"/>
        <source>Similar parties</source>
        <translation>Partes parecidas</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_party_dialog.py" line="59"/>
        <source>Kind (new party)</source>
        <translation>Tipo (parte nueva)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_party_dialog.py" line="60"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_party_dialog.py" line="62"/>
        <source>— nobody —</source>
        <translation>— nadie —</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_party_dialog.py" line="63"/>
        <source>Represented by</source>
        <translation>Representada por</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_party_dialog.py" line="64"/>
        <source>Power registered in</source>
        <translation>Poder inscrito en</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_party_dialog.py" line="65"/>
        <source>e.g. Partida N.º 11002233 del Registro de Lima</source>
        <translation>p. ej. Partida N.º 11002233 del Registro de Lima</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_party_dialog.py" line="67"/>
        <source>Our client</source>
        <translation>Nuestro cliente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_party_dialog.py" line="67"/>
        <source>We represent this party</source>
        <translation>Representamos a esta parte</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_party_dialog.py" line="70"/>
        <source>Deadlines of this party&apos;s side are ours; those of the other side are watched and shown apart.</source>
        <translation>Los plazos del lado de esta parte son nuestros; los de la otra parte se vigilan y se muestran aparte.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_party_dialog.py" line="73"/>
        <source>Conflict warning</source>
        <translation>Alerta de conflicto</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_party_dialog.py" line="78"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_party_dialog.py" line="137"/>
        <source>; and %1 more</source>
        <translation>; y %1 más</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_party_dialog.py" line="140"/>
        <source>In no case yet</source>
        <translation>Aún no figura en ningún expediente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_party_dialog.py" line="142"/>
        <source>Warning: on the other side in this matter</source>
        <translation>Atención: figura en la parte contraria en este tema</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_party_dialog.py" line="147"/>
        <source>Also in cases you may not see: %1. Ask an admin about a conflict before taking this party on.</source>
        <translation>También figura en casos que usted no puede ver: %1. Consulte a un administrador sobre un posible conflicto antes de asumir esta parte.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/case_party_dialog.py" line="179"/>
        <source>Warning: possible conflict of interest. This party is on the other side in the same matter: %1</source>
        <translation>Atención: posible conflicto de intereses. Esta parte figura en la parte contraria en el mismo tema: %1</translation>
    </message>
</context>
<context>
    <name>CasePicker</name>
    <message>
        <location filename="../../src/casetracker/ui/cases/case_picker.py" line="50"/>
        <source>Type part of the expediente number or title</source>
        <translation>Escriba parte del número de expediente o del título</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../src/casetracker/ui/cases/case_table_model.py" line="189"/>
        <source>Overdue since %1</source>
        <translation>Vencido desde el %1</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/case_table_model.py" line="191"/>
        <source>Matter: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/case_table_model.py" line="185"/>
        <source>%1 — overdue</source>
        <translation>%1 — vencido</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../src/casetracker/ui/case_view/case_view.py" line="74"/>
        <source>← Cases</source>
        <translation>← Expedientes</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/case_view.py" line="75"/>
        <source>Back to the list of cases (Alt+Left)</source>
        <translation>Volver a la lista de expedientes (Alt+Izquierda)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/case_view.py" line="76"/>
        <source>Back to the list of cases</source>
        <translation>Volver a la lista de expedientes</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/case_view.py" line="90"/>
        <source>Edit case…</source>
        <translation>Editar expediente…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/case_view.py" line="91"/>
        <source>Edit case</source>
        <translation>Editar expediente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/case_view.py" line="92"/>
        <source>Generate document…</source>
        <translation>Generar documento…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/case_view.py" line="93"/>
        <source>Generate a document of the case</source>
        <translation>Generar un documento del expediente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/case_view.py" line="94"/>
        <source>Case summary or escrito, as PDF or Word</source>
        <translation>Resumen del expediente o escrito, en PDF o Word</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/case_view.py" line="95"/>
        <source>Team template…</source>
        <translation>Plantilla del equipo…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/case_view.py" line="96"/>
        <source>Fill a team template</source>
        <translation>Llenar una plantilla del equipo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/case_view.py" line="97"/>
        <source>The team&apos;s own letterhead and house style</source>
        <translation>El membrete y el estilo propios del equipo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/case_view.py" line="98"/>
        <source>Delete case…</source>
        <translation>Eliminar expediente…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/case_view.py" line="99"/>
        <source>Delete case</source>
        <translation>Eliminar expediente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/case_view.py" line="103"/>
        <source>Case sections</source>
        <translation>Secciones del expediente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/case_view.py" line="126"/>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/case_view.py" line="127"/>
        <source>In&amp;stances</source>
        <translation>&amp;Instancias</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/case_view.py" line="128"/>
        <source>&amp;Parties</source>
        <translation>Par&amp;tes</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/case_view.py" line="129"/>
        <source>F&amp;ilings</source>
        <translation>E&amp;scritos y actuados</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/case_view.py" line="130"/>
        <source>Hea&amp;rings</source>
        <translation>Au&amp;diencias</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/case_view.py" line="131"/>
        <source>Dead&amp;lines</source>
        <translation>P&amp;lazos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/case_view.py" line="132"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/case_view.py" line="133"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Cronología</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/case_view.py" line="134"/>
        <source>Histor&amp;y</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/case_view.py" line="203"/>
        <source>no court</source>
        <translation>sin órgano jurisdiccional</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/case_view.py" line="205"/>
        <source>no expediente number</source>
        <translation>sin número de expediente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/case_actions.py" line="30"/>
        <source>Its %1 filings, %2 hearings, %3 deadlines and %4 notes are deleted with it. You can undo this with Ctrl+Z.</source>
        <translation>Con él se eliminan sus %1 escritos y actuados, %2 audiencias, %3 plazos y %4 notas. Puede deshacerlo con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <location filename="../../src/casetracker/ui/field/checkout_dialog.py" line="56"/>
        <source>Take cases to the field</source>
        <translation>Llevar expedientes al campo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkout_dialog.py" line="58"/>
        <location filename="../../src/casetracker/ui/field/checkout_dialog.py" line="59"/>
        <source>Filter the cases</source>
        <translation>Filtrar los expedientes</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkout_dialog.py" line="63"/>
        <source>Cases to take</source>
        <translation>Expedientes que se llevan</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkout_dialog.py" line="74"/>
        <location filename="../../src/casetracker/ui/field/checkout_dialog.py" line="153"/>
        <source>Field copy file</source>
        <translation>Archivo de la copia de campo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkout_dialog.py" line="75"/>
        <source>field copy %1.sqlite3</source>
        <translation>copia de campo %1.sqlite3</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkout_dialog.py" line="77"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkout_dialog.py" line="78"/>
        <source>Choose the field copy file</source>
        <translation>Elegir el archivo de la copia de campo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkout_dialog.py" line="80"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkout_dialog.py" line="81"/>
        <source>Passphrase again</source>
        <translation>Frase de contraseña otra vez</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkout_dialog.py" line="82"/>
        <source>Write it &amp;without a passphrase</source>
        <translation>Escribirla &amp;sin frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkout_dialog.py" line="85"/>
        <source>Anyone who finds the laptop or the file can read these cases. Use this only on an encrypted disk.</source>
        <translation>Quien encuentre la laptop o el archivo podrá leer estos expedientes. Úselo solo en un disco cifrado.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkout_dialog.py" line="94"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkout_dialog.py" line="100"/>
        <source>Write the field c&amp;opy</source>
        <translation>Es&amp;cribir la copia de campo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkout_dialog.py" line="116"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkout_dialog.py" line="119"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkout_dialog.py" line="120"/>
        <source>&amp;Again:</source>
        <translation>&amp;Otra vez:</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkout_dialog.py" line="123"/>
        <source>&amp;Cases to take:</source>
        <translation>E&amp;xpedientes que se llevan:</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkout_dialog.py" line="155"/>
        <source>casetracker databases (*.sqlite3)</source>
        <translation>Bases de datos de casetracker (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkout_dialog.py" line="170"/>
        <source>Tick at least one case to take.</source>
        <translation>Marque al menos un expediente para llevar.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkout_dialog.py" line="173"/>
        <source>Choose the file to write the field copy to.</source>
        <translation>Elija el archivo donde escribir la copia de campo.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkout_dialog.py" line="175"/>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 ya existe; elija otro nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkout_dialog.py" line="180"/>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>La frase de contraseña necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkout_dialog.py" line="184"/>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>Las dos frases de contraseña no coinciden; escriba la misma dos veces.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkout_dialog.py" line="196"/>
        <source>Writing the field copy…</source>
        <translation>Escribiendo la copia de campo…</translation>
    </message>
</context>
<context>
    <name>CheckoutsWindow</name>
    <message>
        <location filename="../../src/casetracker/ui/field/checkouts_window.py" line="41"/>
        <source>Field copies</source>
        <translation>Copias de campo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkouts_window.py" line="43"/>
        <source>Field copies taken from this database</source>
        <translation>Copias de campo tomadas de esta base de datos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkouts_window.py" line="48"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkouts_window.py" line="49"/>
        <source>Taken by</source>
        <translation>Tomada por</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkouts_window.py" line="50"/>
        <source>Taken on</source>
        <translation>Tomada el</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkouts_window.py" line="51"/>
        <source>Cases</source>
        <translation>Expedientes</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkouts_window.py" line="52"/>
        <source>Last synchronised</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkouts_window.py" line="53"/>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkouts_window.py" line="57"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkouts_window.py" line="59"/>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revocar…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkouts_window.py" line="60"/>
        <source>Revoke the chosen field copy</source>
        <translation>Revocar la copia de campo elegida</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkouts_window.py" line="62"/>
        <source>For a lost laptop: its changes will be refused from now on</source>
        <translation>Para una laptop perdida: desde ahora se rechazarán sus cambios</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkouts_window.py" line="65"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkouts_window.py" line="90"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkouts_window.py" line="121"/>
        <source>Revoke the field copy</source>
        <translation>Revocar la copia de campo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkouts_window.py" line="123"/>
        <source>Revoke the field copy %1, taken by %2?</source>
        <translation>¿Revocar la copia de campo %1, tomada por %2?</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkouts_window.py" line="129"/>
        <source>Its changes will be refused from now on. This cannot be undone; the copy can still be read with its passphrase.</source>
        <translation>Desde ahora se rechazarán sus cambios. No se puede deshacer; la copia aún se puede leer con su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkouts_window.py" line="133"/>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/checkouts_window.py" line="148"/>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
</context>
<context>
    <name>ClosureFormDialog</name>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/closures_dialog.py" line="114"/>
        <source>Add a court closure</source>
        <translation>Añadir un cierre del despacho judicial</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/closures_dialog.py" line="116"/>
        <source>First day closed</source>
        <translation>Primer día sin labores</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/closures_dialog.py" line="117"/>
        <source>Last day closed</source>
        <translation>Último día sin labores</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/closures_dialog.py" line="119"/>
        <source>Every court (national closure)</source>
        <translation>Todos los órganos (cierre nacional)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/closures_dialog.py" line="121"/>
        <source>Every court of: %1</source>
        <translation>Todos los órganos de: %1</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/closures_dialog.py" line="125"/>
        <source>Applies to</source>
        <translation>Se aplica a</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/closures_dialog.py" line="126"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/closures_dialog.py" line="127"/>
        <source>e.g. Huelga de trabajadores judiciales</source>
        <translation>p. ej. Huelga de trabajadores judiciales</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/closures_dialog.py" line="128"/>
        <source>Legal basis</source>
        <translation>Base legal</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/closures_dialog.py" line="129"/>
        <source>e.g. RA N.º 000123-2026-CE-PJ</source>
        <translation>p. ej. RA N.º 000123-2026-CE-PJ</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/closures_dialog.py" line="130"/>
        <source>&amp;Next: see what moves</source>
        <translation>&amp;Siguiente: ver qué cambia</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/closures_dialog.py" line="131"/>
        <source>Next: see which deadlines move</source>
        <translation>Siguiente: ver qué plazos cambian</translation>
    </message>
</context>
<context>
    <name>ClosuresDialog</name>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/closures_dialog.py" line="84"/>
        <source>Every court (national)</source>
        <translation>Todos los órganos (nacional)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/closures_dialog.py" line="91"/>
        <source>Courts of: %1</source>
        <translation>Órganos de: %1</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/closures_dialog.py" line="175"/>
        <source>Court closures and vacations</source>
        <translation>Cierres y vacaciones judiciales</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/closures_dialog.py" line="180"/>
        <source>Court closures</source>
        <translation>Cierres de los órganos judiciales</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/closures_dialog.py" line="184"/>
        <source>&amp;Add closure…</source>
        <translation>&amp;Añadir cierre…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/closures_dialog.py" line="185"/>
        <source>Add closure</source>
        <translation>Añadir cierre</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/closures_dialog.py" line="187"/>
        <source>&amp;Remove closure…</source>
        <translation>&amp;Quitar cierre…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/closures_dialog.py" line="188"/>
        <source>Remove closure</source>
        <translation>Quitar cierre</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/closures_dialog.py" line="193"/>
        <source>National holidays are built in; the days each body observes are set below. Record here what the judiciary decrees: strikes, suspensions, mourning.</source>
        <translation>Los feriados nacionales ya están incluidos; los días propios de cada órgano se indican abajo. Registre aquí lo que disponga el Poder Judicial: huelgas, suspensiones de labores, duelos.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/closures_dialog.py" line="202"/>
        <source>Closures</source>
        <translation>Cierres</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/closures_dialog.py" line="209"/>
        <source>Courts whose judicial vacations suspend periods</source>
        <translation>Órganos cuyas vacaciones judiciales suspenden los plazos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/closures_dialog.py" line="212"/>
        <source>Tick a court whose periods stop during its judicial vacations. New computations follow the change; deadlines already stored keep their date.</source>
        <translation>Marque los órganos cuyos plazos se suspenden durante sus vacaciones judiciales. Los nuevos cómputos siguen el cambio; los plazos ya registrados conservan su fecha.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/closures_dialog.py" line="217"/>
        <source>Judicial vacations</source>
        <translation>Vacaciones judiciales</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/closures_dialog.py" line="221"/>
        <source>Edit &amp;court…</source>
        <translation>Editar órgano &amp;jurisdiccional…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/closures_dialog.py" line="222"/>
        <source>Edit court</source>
        <translation>Editar órgano jurisdiccional</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/closures_dialog.py" line="223"/>
        <source>Change the court&apos;s body, name or level</source>
        <translation>Cambiar el órgano al que pertenece, el nombre o el nivel</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/closures_dialog.py" line="231"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../src/casetracker/ui/case_view/instances_tab.py" line="19"/>
        <source>Instance</source>
        <translation>Instancia</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/instances_tab.py" line="28"/>
        <location filename="../../src/casetracker/ui/cases/case_table_model.py" line="46"/>
        <source>Expediente</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/instances_tab.py" line="31"/>
        <source>Judge</source>
        <translation>Juez</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/instances_tab.py" line="32"/>
        <source>Especialista</source>
        <translation>Especialista</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/instances_tab.py" line="39"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/deadlines_tab.py" line="60"/>
        <location filename="../../src/casetracker/ui/cases/case_table_model.py" line="47"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/instances_tab.py" line="24"/>
        <location filename="../../src/casetracker/ui/cases/case_table_model.py" line="48"/>
        <source>Court</source>
        <translation>Juzgado o sala</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/case_table_model.py" line="49"/>
        <location filename="../../src/casetracker/ui/deadlines/rules_dialog.py" line="103"/>
        <source>Procedure</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/deadlines_tab.py" line="66"/>
        <location filename="../../src/casetracker/ui/case_view/hearings_tab.py" line="37"/>
        <location filename="../../src/casetracker/ui/cases/case_table_model.py" line="50"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/case_table_model.py" line="51"/>
        <source>Next deadline</source>
        <translation>Próximo plazo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/case_table_model.py" line="52"/>
        <source>Last activity</source>
        <translation>Último movimiento</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="65"/>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="69"/>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachments_panel.py" line="48"/>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="98"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachments_panel.py" line="49"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachments_panel.py" line="51"/>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="81"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachments_panel.py" line="56"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachments_panel.py" line="58"/>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachments_panel.py" line="97"/>
        <source>Annex</source>
        <translation>Anexo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/deadlines_tab.py" line="55"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/deadlines_tab.py" line="62"/>
        <source>Whose</source>
        <translation>De quién</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/deadlines_tab.py" line="67"/>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/deadlines_tab.py" line="69"/>
        <source>Notified on</source>
        <translation>Notificado el</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/deadlines_tab.py" line="73"/>
        <location filename="../../src/casetracker/ui/deadlines/rules_dialog.py" line="100"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/filings_tab.py" line="31"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/filings_tab.py" line="35"/>
        <location filename="../../src/casetracker/ui/case_view/hearings_tab.py" line="30"/>
        <location filename="../../src/casetracker/ui/parties_page.py" line="88"/>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="70"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/filings_tab.py" line="36"/>
        <source>Sumilla</source>
        <translation>Sumilla</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/filings_tab.py" line="38"/>
        <source>Filed by</source>
        <translation>Presentado por</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/filings_tab.py" line="40"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/filings_tab.py" line="42"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/filings_tab.py" line="48"/>
        <source>Files</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/hearings_tab.py" line="20"/>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/hearings_tab.py" line="25"/>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/hearings_tab.py" line="34"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/hearings_tab.py" line="39"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/history_tab.py" line="40"/>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="83"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/history_tab.py" line="44"/>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="84"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/history_tab.py" line="45"/>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="85"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/history_tab.py" line="46"/>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="86"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/history_tab.py" line="48"/>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="87"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/notes_tab.py" line="18"/>
        <source>Written</source>
        <translation>Escrita</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/notes_tab.py" line="22"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/notes_tab.py" line="24"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/parties_page.py" line="84"/>
        <location filename="../../src/casetracker/ui/reference_dialog.py" line="32"/>
        <location filename="../../src/casetracker/ui/reference_dialog.py" line="38"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/parties_page.py" line="89"/>
        <source>DNI / RUC</source>
        <translation>DNI / RUC</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/parties_page.py" line="91"/>
        <location filename="../../src/casetracker/ui/reference_dialog.py" line="40"/>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="72"/>
        <source>Cases</source>
        <translation>Expedientes</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/parties_page.py" line="96"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/reference_dialog.py" line="33"/>
        <source>Level</source>
        <translation>Instancia</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/reference_dialog.py" line="34"/>
        <source>Judicial district</source>
        <translation>Distrito judicial</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/reference_dialog.py" line="35"/>
        <source>Seat</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/reference_dialog.py" line="46"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/instances_tab.py" line="34"/>
        <location filename="../../src/casetracker/ui/deadlines/closures_dialog.py" line="71"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/closures_dialog.py" line="73"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/closures_dialog.py" line="75"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/closures_dialog.py" line="77"/>
        <source>Applies to</source>
        <translation>Se aplica a</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/closures_dialog.py" line="78"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/closures_dialog.py" line="79"/>
        <location filename="../../src/casetracker/ui/deadlines/rules_dialog.py" line="110"/>
        <source>Legal basis</source>
        <translation>Base legal</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rules_dialog.py" line="105"/>
        <source>Who acts</source>
        <translation>Quién actúa</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rules_dialog.py" line="106"/>
        <source>Period</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rules_dialog.py" line="109"/>
        <source>Counted from</source>
        <translation>Se cuenta desde</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rules_dialog.py" line="112"/>
        <source>Certainty</source>
        <translation>Certeza</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rules_dialog.py" line="115"/>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rules_dialog.py" line="117"/>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/bodies_panel.py" line="52"/>
        <source>Body</source>
        <translation>Órgano</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/bodies_panel.py" line="53"/>
        <source>Día del Juez</source>
        <translation>Día del Juez</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/bodies_panel.py" line="54"/>
        <source>Opening of the judicial year</source>
        <translation>Apertura del año judicial</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/bodies_panel.py" line="56"/>
        <source>Basis</source>
        <translation>Base legal</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/bodies_panel.py" line="57"/>
        <source>Checked</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/bodies_panel.py" line="58"/>
        <source>Courts</source>
        <translation>Órganos jurisdiccionales</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/backups_window.py" line="87"/>
        <source>On disk</source>
        <translation>En disco</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <location filename="../../src/casetracker/ui/field/conflict_banner.py" line="36"/>
        <source>Resol&amp;ve…</source>
        <translation>Resol&amp;ver…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/conflict_banner.py" line="37"/>
        <source>Resolve the synchronisation conflicts</source>
        <translation>Resolver los conflictos de sincronización</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/conflict_banner.py" line="53"/>
        <source>1 synchronisation conflict: this case shows the office&apos;s value</source>
        <translation>1 conflicto de sincronización: este expediente muestra el valor de la oficina</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/conflict_banner.py" line="56"/>
        <source>%1 synchronisation conflicts: this case shows the office&apos;s values</source>
        <translation>%1 conflictos de sincronización: este expediente muestra los valores de la oficina</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/casetracker/ui/conflict_dialog.py" line="39"/>
        <source>Changed by someone else</source>
        <translation>Modificado por otra persona</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/conflict_dialog.py" line="42"/>
        <source>Someone else saved this record while you were editing it. Your changes were not saved.</source>
        <translation>Otra persona guardó este registro mientras usted lo editaba. Sus cambios no se guardaron.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/conflict_dialog.py" line="50"/>
        <source>Close this form, open the record again and re-apply your changes.</source>
        <translation>Cierre este formulario, abra el registro de nuevo y vuelva a aplicar sus cambios.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/conflict_dialog.py" line="54"/>
        <source>Keep mine saves this form as it is, over those changes. Take theirs closes the form without saving. Merge goes back to the form: bring in what you want of theirs, then save.</source>
        <translation>Conservar lo mío guarda este formulario tal como está, sobre esos cambios. Tomar lo suyo cierra el formulario sin guardar. Combinar vuelve al formulario: incorpore lo que quiera de sus cambios y guarde.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/conflict_dialog.py" line="59"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Conservar lo mío</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/conflict_dialog.py" line="62"/>
        <source>&amp;Take theirs</source>
        <translation>&amp;Tomar lo suyo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/conflict_dialog.py" line="67"/>
        <source>&amp;Merge…</source>
        <translation>Co&amp;mbinar…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/conflict_dialog.py" line="98"/>
        <source>%1 by %2 at %3</source>
        <translation>%1 por %2 el %3</translation>
    </message>
</context>
<context>
    <name>ConflictsWindow</name>
    <message>
        <location filename="../../src/casetracker/ui/field/conflicts_window.py" line="67"/>
        <source>Synchronisation conflicts</source>
        <translation>Conflictos de sincronización</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/conflicts_window.py" line="70"/>
        <source>The same information was changed in the office and in a field copy. Until you choose, the record shows the office&apos;s value; the value not chosen stays in the history.</source>
        <translation>El mismo dato se cambió en la oficina y en una copia de campo. Hasta que elija, el registro muestra el valor de la oficina; el valor no elegido queda en el historial.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/conflicts_window.py" line="77"/>
        <source>Show the conflicts of &amp;all cases</source>
        <translation>Mostrar los conflictos de &amp;todos los expedientes</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/conflicts_window.py" line="80"/>
        <source>Open synchronisation conflicts</source>
        <translation>Conflictos de sincronización pendientes</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/conflicts_window.py" line="86"/>
        <source>Case</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/conflicts_window.py" line="87"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/conflicts_window.py" line="88"/>
        <source>Field</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/conflicts_window.py" line="89"/>
        <source>Office&apos;s value</source>
        <translation>Valor de la oficina</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/conflicts_window.py" line="90"/>
        <source>Changed in the office</source>
        <translation>Cambiado en la oficina</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/conflicts_window.py" line="91"/>
        <source>Field copy&apos;s value</source>
        <translation>Valor de la copia de campo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/conflicts_window.py" line="92"/>
        <source>Changed in the field</source>
        <translation>Cambiado en el campo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/conflicts_window.py" line="100"/>
        <source>Keep the &amp;office&apos;s value</source>
        <translation>Mantener el valor de la &amp;oficina</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/conflicts_window.py" line="101"/>
        <source>Keep the office&apos;s value</source>
        <translation>Mantener el valor de la oficina</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/conflicts_window.py" line="102"/>
        <source>The field copy&apos;s value is set aside (Alt+O)</source>
        <translation>El valor de la copia de campo se deja de lado (Alt+O)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/conflicts_window.py" line="103"/>
        <source>Use the &amp;field copy&apos;s value</source>
        <translation>Usar el valor de la copia de &amp;campo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/conflicts_window.py" line="104"/>
        <location filename="../../src/casetracker/ui/field/conflicts_window.py" line="205"/>
        <source>Use the field copy&apos;s value</source>
        <translation>Usar el valor de la copia de campo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/conflicts_window.py" line="105"/>
        <source>The record takes the field copy&apos;s value (Alt+F)</source>
        <translation>El registro toma el valor de la copia de campo (Alt+C)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/conflicts_window.py" line="106"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/conflicts_window.py" line="141"/>
        <source>(the whole record)</source>
        <translation>(el registro entero)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/conflicts_window.py" line="187"/>
        <source>No open conflicts.</source>
        <translation>No hay conflictos pendientes.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/conflicts_window.py" line="191"/>
        <source>Office: %1 (%2)</source>
        <translation>Oficina: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/conflicts_window.py" line="194"/>
        <source>Field copy: %1 (%2)</source>
        <translation>Copia de campo: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/conflicts_window.py" line="206"/>
        <source>The field copy deleted this record. Delete it here too?</source>
        <translation>La copia de campo eliminó este registro. ¿Eliminarlo aquí también?</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/conflicts_window.py" line="207"/>
        <source>Its last contents stay in the history.</source>
        <translation>Su último contenido queda en el historial.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/conflicts_window.py" line="208"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/conflicts_window.py" line="220"/>
        <source>(deleted)</source>
        <translation>(eliminado)</translation>
    </message>
</context>
<context>
    <name>CourtDialog</name>
    <message>
        <location filename="../../src/casetracker/ui/forms/court_dialog.py" line="22"/>
        <source>Edit court</source>
        <translation>Editar órgano jurisdiccional</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/court_dialog.py" line="22"/>
        <source>New court</source>
        <translation>Nuevo órgano jurisdiccional</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/court_dialog.py" line="24"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/court_dialog.py" line="25"/>
        <source>e.g. Juzgado Civil Mixto de Tambobamba</source>
        <translation>p. ej. Juzgado Civil Mixto de Tambobamba</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/court_dialog.py" line="27"/>
        <source>Level</source>
        <translation>Instancia</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/court_dialog.py" line="29"/>
        <source>Judicial district</source>
        <translation>Distrito judicial</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/court_dialog.py" line="30"/>
        <source>Seat</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/court_dialog.py" line="33"/>
        <source>Vacations</source>
        <translation>Vacaciones</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/court_dialog.py" line="34"/>
        <source>Periods are suspended during the court&apos;s vacation</source>
        <translation>Los plazos se suspenden durante las vacaciones judiciales</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/court_dialog.py" line="38"/>
        <source>The default for its level</source>
        <translation>El que corresponde a su nivel</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/court_dialog.py" line="41"/>
        <source>Which days the court does not work besides weekends and holidays (Día del Juez, opening of the judicial year) depends on its body.</source>
        <translation>Qué días no labora, además de fines de semana y feriados (Día del Juez, apertura del año judicial), depende de su órgano.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/court_dialog.py" line="44"/>
        <source>Body</source>
        <translation>Órgano</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../src/casetracker/ui/dashboard.py" line="201"/>
        <location filename="../../src/casetracker/ui/dashboard.py" line="202"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/dashboard.py" line="208"/>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/dashboard.py" line="209"/>
        <source>Refresh the dashboard</source>
        <translation>Actualizar el panel</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/dashboard.py" line="212"/>
        <source>Overdue deadlines</source>
        <translation>Plazos vencidos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/dashboard.py" line="212"/>
        <source>Nothing is overdue.</source>
        <translation>No hay nada vencido.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/dashboard.py" line="215"/>
        <source>Due in the next 7 days</source>
        <translation>Vencen en los próximos 7 días</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/dashboard.py" line="215"/>
        <source>Nothing due this week.</source>
        <translation>Nada vence esta semana.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/dashboard.py" line="219"/>
        <source>Due in 8 to 30 days</source>
        <translation>Vencen dentro de 8 a 30 días</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/dashboard.py" line="219"/>
        <source>Nothing due later this month.</source>
        <translation>Nada más vence este mes.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/dashboard.py" line="223"/>
        <source>Hearings this week</source>
        <translation>Audiencias de esta semana</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/dashboard.py" line="223"/>
        <source>No hearings in the next 7 days.</source>
        <translation>No hay audiencias en los próximos 7 días.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/dashboard.py" line="227"/>
        <source>The other side&apos;s periods (watched)</source>
        <translation>Plazos de la otra parte (vigilados)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/dashboard.py" line="228"/>
        <source>No period of the other side ends around now.</source>
        <translation>Ningún plazo de la otra parte vence por ahora.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/dashboard.py" line="232"/>
        <source>Periods the other side must meet (e.g. to answer): not ours, but their expiry matters.</source>
        <translation>Plazos que debe cumplir la otra parte (p. ej., contestar): no son nuestros, pero importa su vencimiento.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/dashboard.py" line="236"/>
        <source>Recently changed cases</source>
        <translation>Expedientes con movimientos recientes</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/dashboard.py" line="236"/>
        <source>No cases yet.</source>
        <translation>Aún no hay expedientes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casetracker/ui/dashboard.py" line="302"/>
        <source>showing the first %n</source>
        <translation>
            <numerusform>se muestra el primero</numerusform>
            <numerusform>se muestran los primeros %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/dashboard.py" line="267"/>
        <source>Dashboard lists</source>
        <translation>Listas del panel</translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/proposal_table.py" line="203"/>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/casetracker/ui/forms/date_fields.py" line="48"/>
        <source>Type a date, e.g. %1.</source>
        <translation>Escriba una fecha, p. ej. %1.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/date_fields.py" line="50"/>
        <source>Type the year with four digits, e.g. %1.</source>
        <translation>Escriba el año con cuatro cifras, p. ej. %1.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/date_fields.py" line="55"/>
        <source>The year must be between %1 and %2.</source>
        <translation>El año debe estar entre %1 y %2.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/date_fields.py" line="60"/>
        <source>There is no month %1; months go from 1 to 12.</source>
        <translation>No existe el mes %1; los meses van del 1 al 12.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/date_fields.py" line="65"/>
        <source>There is no %1 %2 %3: that month has %4 days.</source>
        <translation>No existe el %1 de %2 de %3: ese mes tiene %4 días.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/date_fields.py" line="72"/>
        <source>Add the time, e.g. %1.</source>
        <translation>Añada la hora, p. ej. %1.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/date_fields.py" line="74"/>
        <source>The time is not valid: type it as in %1.</source>
        <translation>La hora no es válida: escríbala como en %1.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/date_fields.py" line="78"/>
        <source>Not a date and time: type it as %1.</source>
        <translation>No es una fecha y hora: escríbala como %1.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/date_fields.py" line="79"/>
        <source>Not a date: type it as %1.</source>
        <translation>No es una fecha: escríbala como %1.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/date_fields.py" line="86"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/date_fields.py" line="107"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/date_fields.py" line="134"/>
        <source>Choose in a calendar (Alt+Down)</source>
        <translation>Elegir en un calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/date_fields.py" line="156"/>
        <source>Cannot be earlier than %1.</source>
        <translation>No puede ser anterior al %1.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/date_fields.py" line="256"/>
        <source>Type the date as %1; Alt+Down opens a calendar.</source>
        <translation>Escriba la fecha como %1; Alt+Abajo abre un calendario.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/date_fields.py" line="291"/>
        <source>Type the date and the time, e.g. %1; Alt+Down opens a calendar.</source>
        <translation>Escriba la fecha y la hora, p. ej. %1; Alt+Abajo abre un calendario.</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <location filename="../../src/casetracker/ui/forms/deadline_dialog.py" line="50"/>
        <source>Edit deadline</source>
        <translation>Editar plazo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/deadline_dialog.py" line="50"/>
        <source>New deadline</source>
        <translation>Nuevo plazo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/deadline_dialog.py" line="54"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/deadline_dialog.py" line="57"/>
        <source>— none: I enter the date —</source>
        <translation>— ninguna: ingreso la fecha yo —</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/deadline_dialog.py" line="60"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/deadline_dialog.py" line="61"/>
        <source>Notified on</source>
        <translation>Notificado el</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/deadline_dialog.py" line="64"/>
        <source>— none —</source>
        <translation>— ninguno —</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/deadline_dialog.py" line="66"/>
        <source>Triggering filing</source>
        <translation>Actuado que lo origina</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/deadline_dialog.py" line="67"/>
        <source>Notified electronically (SINOE)</source>
        <translation>Notificado electrónicamente (SINOE)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/deadline_dialog.py" line="68"/>
        <source>Compute due date</source>
        <translation>Calcular vencimiento</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/deadline_dialog.py" line="69"/>
        <source>Compute the due date from the rule</source>
        <translation>Calcular el vencimiento según la regla</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/deadline_dialog.py" line="77"/>
        <source>Computation</source>
        <translation>Cálculo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/deadline_dialog.py" line="78"/>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/deadline_dialog.py" line="79"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/deadline_dialog.py" line="80"/>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/deadline_dialog.py" line="85"/>
        <source>How the date was computed (in Spanish, as briefs print it)</source>
        <translation>Cómo se calculó la fecha</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/deadline_dialog.py" line="88"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/deadline_dialog.py" line="120"/>
        <source>Choose a rule first.</source>
        <translation>Primero elija una regla.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/deadline_dialog.py" line="123"/>
        <source>Enter the date of the notification first.</source>
        <translation>Primero ingrese la fecha de notificación.</translation>
    </message>
</context>
<context>
    <name>DeadlineProposalsDialog</name>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/deadline_proposals_dialog.py" line="93"/>
        <source>Deadlines from this notification</source>
        <translation>Plazos de esta notificación</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/deadline_proposals_dialog.py" line="120"/>
        <source>Deadlines started by the notification of %1</source>
        <translation>Plazos que abre la notificación del %1</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/deadline_proposals_dialog.py" line="126"/>
        <source>no expediente number</source>
        <translation>sin número de expediente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/deadline_proposals_dialog.py" line="135"/>
        <source>What the notification notifies</source>
        <translation>Qué se notifica</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/deadline_proposals_dialog.py" line="139"/>
        <source>As read from the sumilla: %1</source>
        <translation>Según la sumilla: %1</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/deadline_proposals_dialog.py" line="141"/>
        <source>Not recognised from the sumilla: choose one</source>
        <translation>La sumilla no lo indica: elija uno</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/deadline_proposals_dialog.py" line="147"/>
        <source>Electronic notification (SINOE)</source>
        <translation>Notificación electrónica (SINOE)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/deadline_proposals_dialog.py" line="149"/>
        <source>Takes effect on the second working day after it arrives (LOPJ 155-C).</source>
        <translation>Surte efecto el segundo día hábil siguiente a su ingreso en la casilla (LOPJ 155-C).</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/deadline_proposals_dialog.py" line="155"/>
        <source>It &amp;notifies:</source>
        <translation>&amp;Notifica:</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/deadline_proposals_dialog.py" line="166"/>
        <source>Proposed deadlines</source>
        <translation>Plazos propuestos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/deadline_proposals_dialog.py" line="171"/>
        <source>Space ticks or unticks · F2 changes the title or the date</source>
        <translation>Espacio marca o desmarca · F2 cambia el título o la fecha</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/deadline_proposals_dialog.py" line="174"/>
        <source>How the &amp;date was computed:</source>
        <translation>Cómo se calculó la &amp;fecha:</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/deadline_proposals_dialog.py" line="191"/>
        <source>Add deadlines</source>
        <translation>Añadir plazos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/deadline_proposals_dialog.py" line="194"/>
        <source>Skip all</source>
        <translation>Omitir todos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/deadline_proposals_dialog.py" line="261"/>
        <source>No deadline rule of this case&apos;s procedure starts with this notification. Choose what it notifies above, or skip.</source>
        <translation>Ninguna regla de plazos del proceso de este caso empieza con esta notificación. Elija arriba qué se notifica, u omita.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/deadline_proposals_dialog.py" line="289"/>
        <source>Add 1 deadline</source>
        <translation>Añadir 1 plazo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casetracker/ui/deadlines/deadline_proposals_dialog.py" line="291"/>
        <source>Add %n deadlines</source>
        <translation>
            <numerusform>Añadir %n plazo</numerusform>
            <numerusform>Añadir %n plazos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/deadline_proposals_dialog.py" line="303"/>
        <source>Give every ticked deadline a title.</source>
        <translation>Ponga un título a cada plazo marcado.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/deadline_proposals_dialog.py" line="362"/>
        <source>“%1” was saved, but its deadlines could not be proposed. %2 Add them with “New deadline…” on the case&apos;s Deadlines tab.</source>
        <translation>Se guardó «%1», pero no se pudieron proponer sus plazos. %2 Añádalos con «Nuevo plazo…» en la pestaña Plazos del expediente.</translation>
    </message>
</context>
<context>
    <name>DeadlineSectionModel</name>
    <message>
        <location filename="../../src/casetracker/ui/dashboard.py" line="51"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/dashboard.py" line="51"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/dashboard.py" line="51"/>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/dashboard.py" line="51"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
</context>
<context>
    <name>DeadlineWording</name>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/deadline_wording.py" line="16"/>
        <source>[Illustrative]</source>
        <translation>[Ilustrativo]</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/deadline_wording.py" line="17"/>
        <source>Other side&apos;s period</source>
        <translation>Plazo de la otra parte</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/deadline_wording.py" line="18"/>
        <source>Ours</source>
        <translation>Nuestro</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/deadline_wording.py" line="19"/>
        <source>Other side</source>
        <translation>Otra parte</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/deadline_wording.py" line="21"/>
        <source>The plaintiff</source>
        <translation>La parte demandante</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/deadline_wording.py" line="22"/>
        <source>The defendant</source>
        <translation>La parte demandada</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/deadline_wording.py" line="23"/>
        <source>Any party notified</source>
        <translation>Cualquier parte notificada</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/deadline_wording.py" line="31"/>
        <source>Overdue by 1 day</source>
        <translation>Vencido hace 1 día</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casetracker/ui/deadlines/deadline_wording.py" line="33"/>
        <source>Overdue by %n days</source>
        <translation>
            <numerusform>Vencido hace %n día</numerusform>
            <numerusform>Vencido hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/deadline_wording.py" line="37"/>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/deadline_wording.py" line="39"/>
        <source>In 1 working day</source>
        <translation>En 1 día hábil</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casetracker/ui/deadlines/deadline_wording.py" line="40"/>
        <source>In %n working days</source>
        <translation>
            <numerusform>En %n día hábil</numerusform>
            <numerusform>En %n días hábiles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/deadline_wording.py" line="48"/>
        <source>Ended yesterday</source>
        <translation>Venció ayer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casetracker/ui/deadlines/deadline_wording.py" line="49"/>
        <source>Ended %n days ago</source>
        <translation>
            <numerusform>Venció hace %n día</numerusform>
            <numerusform>Venció hace %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinesTab</name>
    <message>
        <location filename="../../src/casetracker/ui/case_view/deadlines_tab.py" line="91"/>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/deadlines_tab.py" line="92"/>
        <source>New deadline…</source>
        <translation>Nuevo plazo…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/deadlines_tab.py" line="93"/>
        <source>Mark done</source>
        <translation>Marcar como cumplido</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/deadlines_tab.py" line="96"/>
        <source>Print record…</source>
        <translation>Imprimir registro…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/deadlines_tab.py" line="98"/>
        <source>Print the record of the computation</source>
        <translation>Imprimir el registro del cómputo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/deadlines_tab.py" line="101"/>
        <source>A one-page PDF for the case file: the rule and law applied, the calendar used, and who accepted the date and when.</source>
        <translation>Un PDF de una página para el expediente: la regla y la norma aplicadas, el calendario usado y quién aceptó la fecha y cuándo.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/deadlines_tab.py" line="109"/>
        <location filename="../../src/casetracker/ui/case_view/deadlines_tab.py" line="112"/>
        <source>How the date was computed</source>
        <translation>Cómo se calculó la fecha</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/deadlines_tab.py" line="154"/>
        <source>Select a deadline to see how its date was computed.</source>
        <translation>Seleccione un plazo para ver cómo se calculó su fecha.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/deadlines_tab.py" line="160"/>
        <source>No explanation was recorded: the date was entered by hand.</source>
        <translation>No se registró explicación: la fecha se ingresó a mano.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/deadlines_tab.py" line="189"/>
        <source>Save the record of the computation</source>
        <translation>Guardar el registro del cómputo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/deadlines_tab.py" line="189"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message numerus="yes">
        <location filename="../../src/casetracker/ui/case_view/document_reader.py" line="82"/>
        <source>%n document(s) read</source>
        <translation>
            <numerusform>%n documento leído</numerusform>
            <numerusform>%n documentos leídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casetracker/ui/case_view/document_reader.py" line="84"/>
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n no se pudo leer</numerusform>
            <numerusform>%n no se pudieron leer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casetracker/ui/case_view/document_reader.py" line="86"/>
        <source>%n scan(s) wait for OCR</source>
        <translation>
            <numerusform>%n escaneo espera el OCR</numerusform>
            <numerusform>%n escaneos esperan el OCR</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/document_reader.py" line="95"/>
        <source>Reading documents cancelled; it resumes next time.</source>
        <translation>Lectura de documentos cancelada; se reanuda la próxima vez.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/document_reader.py" line="97"/>
        <source>Reading documents stopped: %1</source>
        <translation>La lectura de documentos se detuvo: %1</translation>
    </message>
</context>
<context>
    <name>DocumentReaderStatus</name>
    <message>
        <location filename="../../src/casetracker/ui/case_view/document_reader.py" line="107"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/document_reader.py" line="108"/>
        <source>Cancel reading documents</source>
        <translation>Cancelar la lectura de documentos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/document_reader.py" line="126"/>
        <source>OCR not available: scans are not read</source>
        <translation>OCR no disponible: los escaneos no se leen</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/document_reader.py" line="133"/>
        <source>Reading documents %1 of %2: %3</source>
        <translation>Leyendo documentos %1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>DraftingWindow</name>
    <message>
        <location filename="../../src/casetracker/ui/briefs/drafting_window.py" line="53"/>
        <source>Draft escrito — %1</source>
        <translation>Redactar escrito — %1</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/drafting_window.py" line="59"/>
        <source>Petitorio</source>
        <translation>Petitorio</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/drafting_window.py" line="60"/>
        <source>Facts</source>
        <translation>Fundamentos de hecho</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/drafting_window.py" line="61"/>
        <source>Law</source>
        <translation>Fundamentos de derecho</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/drafting_window.py" line="62"/>
        <source>Evidence</source>
        <translation>Medios probatorios</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/drafting_window.py" line="63"/>
        <source>POR TANTO</source>
        <translation>POR TANTO</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/drafting_window.py" line="64"/>
        <source>Otrosíes</source>
        <translation>Otrosíes</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/drafting_window.py" line="70"/>
        <source>The escrito&apos;s sections follow its kind</source>
        <translation>Las secciones del escrito siguen su tipo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/drafting_window.py" line="72"/>
        <source>&amp;Kind of escrito:</source>
        <translation>&amp;Tipo de escrito:</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/drafting_window.py" line="74"/>
        <source>Kind of escrito</source>
        <translation>Tipo de escrito</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/drafting_window.py" line="91"/>
        <source>Draft status</source>
        <translation>Estado del borrador</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/drafting_window.py" line="94"/>
        <source>**bold**, *italic*, “&gt; ” quotation, “1. ” numbered paragraph; otrosíes are separated by a blank line. Gaps to fill: [COMPLETAR: …].</source>
        <translation>**negrita**, *cursiva*, “&gt; ” cita, “1. ” párrafo numerado; los otrosíes se separan con una línea en blanco. Datos por completar: [COMPLETAR: …].</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/drafting_window.py" line="100"/>
        <source>&amp;Generate escrito…</source>
        <translation>&amp;Generar escrito…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/drafting_window.py" line="135"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/drafting_window.py" line="135"/>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casetracker/ui/briefs/drafting_window.py" line="138"/>
        <source>%n gap(s) to fill.</source>
        <translation>
            <numerusform>Falta completar %n dato.</numerusform>
            <numerusform>Faltan completar %n datos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/drafting_window.py" line="157"/>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/casetracker/ui/error_text.py" line="26"/>
        <source>Required: fill it in.</source>
        <translation>Obligatorio: complételo.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/error_text.py" line="27"/>
        <source>Required: enter a date.</source>
        <translation>Obligatorio: ingrese una fecha.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/error_text.py" line="28"/>
        <source>Required: choose one.</source>
        <translation>Obligatorio: elija una opción.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/error_text.py" line="31"/>
        <source>Cannot be earlier than “%1”.</source>
        <translation>No puede ser anterior a «%1».</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/error_text.py" line="35"/>
        <source>Too long (%1 characters); keep it under %2.</source>
        <translation>Demasiado largo (%1 caracteres); use menos de %2.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/error_text.py" line="39"/>
        <source>Contains invisible control characters; retype it.</source>
        <translation>Contiene caracteres de control invisibles; vuelva a escribirlo.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/error_text.py" line="43"/>
        <source>Case #%1 already has this number; open that case.</source>
        <translation>El expediente n.º %1 ya tiene este número; abra ese expediente.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/error_text.py" line="47"/>
        <source>Another matter already has this name.</source>
        <translation>Ya existe otro tema con este nombre.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/error_text.py" line="51"/>
        <source>A court with this name already exists in this district.</source>
        <translation>Ya existe un órgano jurisdiccional con este nombre en este distrito.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/error_text.py" line="55"/>
        <source>This party already has this role in the case.</source>
        <translation>Esta parte ya tiene este rol en el expediente.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/error_text.py" line="59"/>
        <source>A party cannot represent itself.</source>
        <translation>Una parte no puede representarse a sí misma.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/error_text.py" line="63"/>
        <source>A case cannot be related to itself.</source>
        <translation>Un expediente no puede relacionarse consigo mismo.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/error_text.py" line="67"/>
        <source>Not an e-mail address; use name@example.org.</source>
        <translation>No es un correo electrónico; use nombre@ejemplo.org.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/error_text.py" line="71"/>
        <source>Use only digits and letters (DNI: 8 digits, RUC: 11).</source>
        <translation>Use solo dígitos y letras (DNI: 8 dígitos; RUC: 11).</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/error_text.py" line="75"/>
        <source>The link must start with https://.</source>
        <translation>El enlace debe empezar con https://.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/error_text.py" line="79"/>
        <source>Must be between %1 and %2.</source>
        <translation>Debe estar entre %1 y %2.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/error_text.py" line="83"/>
        <source>The file is %1 MB; attachments are limited to %2 MB.</source>
        <translation>El archivo pesa %1 MB; los anexos tienen un límite de %2 MB.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/error_text.py" line="87"/>
        <source>The year must be between 1900 and 2100.</source>
        <translation>El año debe estar entre 1900 y 2100.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/error_text.py" line="91"/>
        <source>Other records still use it; remove those first.</source>
        <translation>Otros registros todavía lo usan; quítelos primero.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/error_text.py" line="95"/>
        <source>Choose a case from the suggestions, or clear the field.</source>
        <translation>Elija un expediente de las sugerencias o deje el campo vacío.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/error_text.py" line="123"/>
        <source>Type the number as printed on the file.</source>
        <translation>Escriba el número tal como figura en el expediente.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/error_text.py" line="173"/>
        <source>The database could not be read or written (%1).</source>
        <translation>No se pudo leer ni escribir la base de datos (%1).</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/error_text.py" line="178"/>
        <source>The system refused the operation (%1).</source>
        <translation>El sistema rechazó la operación (%1).</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/error_text.py" line="181"/>
        <source>An unexpected error stopped it (%1).</source>
        <translation>Lo detuvo un error inesperado (%1).</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/error_text.py" line="99"/>
        <source>The name contains characters that reverse the text direction and can disguise the file&apos;s real type; rename the file without them.</source>
        <translation>El nombre contiene caracteres que invierten la dirección del texto y pueden disfrazar el tipo real del archivo; cambie el nombre del archivo sin ellos.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/error_text.py" line="107"/>
        <source>The name contains invisible control characters; rename the file.</source>
        <translation>El nombre contiene caracteres de control invisibles; cambie el nombre del archivo.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/error_text.py" line="113"/>
        <source>“%1” is not a file name; rename the file.</source>
        <translation>«%1» no es un nombre de archivo; cambie el nombre del archivo.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/error_text.py" line="117"/>
        <source>The name contains a folder separator; give the file&apos;s name only.</source>
        <translation>El nombre contiene un separador de carpetas; indique solo el nombre del archivo.</translation>
    </message>
</context>
<context>
    <name>ExpedienteHint</name>
    <message>
        <location filename="../../src/casetracker/ui/forms/expediente_hint.py" line="30"/>
        <source>About the expediente number</source>
        <translation>Sobre el número de expediente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/expediente_hint.py" line="50"/>
        <source>Saved as %1.</source>
        <translation>Se guardará como %1.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/expediente_hint.py" line="54"/>
        <source>Neither the judiciary format (00123-2019-0-0302-JM-CI-01) nor the Constitutional Court format (00009-2019-PI/TC): it is saved as typed. Check the number.</source>
        <translation>No sigue el formato del Poder Judicial (00123-2019-0-0302-JM-CI-01) ni el del Tribunal Constitucional (00009-2019-PI/TC): se guardará tal como está escrito. Revise el número.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/expediente_hint.py" line="61"/>
        <source>The year %1 looks wrong; check the number.</source>
        <translation>El año %1 parece incorrecto; revise el número.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/expediente_hint.py" line="65"/>
        <source>Unknown Constitutional Court process type “%1”; check the number.</source>
        <translation>Tipo de proceso del Tribunal Constitucional desconocido: «%1»; revise el número.</translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/explanation_view.py" line="91"/>
        <source>How the date was computed</source>
        <translation>Cómo se calculó la fecha</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/explanation_view.py" line="101"/>
        <source>Select a deadline to see how its date was computed.</source>
        <translation>Seleccione un plazo para ver cómo se calculó su fecha.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/explanation_view.py" line="102"/>
        <source>Days not counted (%1):</source>
        <translation>Días no computados (%1):</translation>
    </message>
</context>
<context>
    <name>FastEntryDialog</name>
    <message>
        <location filename="../../src/casetracker/ui/cases/fast_entry.py" line="64"/>
        <source>Fast entry: new filing</source>
        <translation>Ingreso rápido: nuevo escrito o actuado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/fast_entry.py" line="69"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/fast_entry.py" line="70"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/fast_entry.py" line="72"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/fast_entry.py" line="74"/>
        <source>Sumilla</source>
        <translation>Sumilla</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/fast_entry.py" line="75"/>
        <source>What the filing asks or decides, in one line</source>
        <translation>Lo que pide o resuelve, en una línea</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/fast_entry.py" line="76"/>
        <source>— court / none —</source>
        <translation>— el juzgado / nadie —</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/fast_entry.py" line="77"/>
        <source>Filed by</source>
        <translation>Presentado por</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/fast_entry.py" line="78"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/fast_entry.py" line="79"/>
        <source>e.g. Res. 12, cargo de ingreso</source>
        <translation>p. ej. Res. 12, cargo de ingreso</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/fast_entry.py" line="80"/>
        <source>Save and &amp;next</source>
        <translation>Guardar y &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/fast_entry.py" line="81"/>
        <source>Save and enter another filing (Ctrl+Enter)</source>
        <translation>Guardar e ingresar otro (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/fast_entry.py" line="82"/>
        <source>Save and enter the next filing</source>
        <translation>Guardar e ingresar el siguiente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/fast_entry.py" line="86"/>
        <source>Last filing saved</source>
        <translation>Último escrito guardado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/fast_entry.py" line="88"/>
        <source>Enter saves · Ctrl+Enter saves and starts the next · Esc closes</source>
        <translation>Intro guarda · Ctrl+Intro guarda y empieza el siguiente · Esc cierra</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/cases/fast_entry.py" line="190"/>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
</context>
<context>
    <name>FieldActions</name>
    <message>
        <location filename="../../src/casetracker/ui/field/field_actions.py" line="72"/>
        <source>&amp;Synchronise</source>
        <translation>&amp;Sincronizar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/field_actions.py" line="74"/>
        <source>&amp;Write bundle for the office…</source>
        <translation>&amp;Escribir paquete para la oficina…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/field_actions.py" line="76"/>
        <source>&amp;Apply the office&apos;s bundle…</source>
        <translation>&amp;Aplicar el paquete de la oficina…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/field_actions.py" line="79"/>
        <source>&amp;Take cases to the field…</source>
        <translation>&amp;Llevar expedientes al campo…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/field_actions.py" line="81"/>
        <source>Field &amp;copies…</source>
        <translation>&amp;Copias de campo…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/field_actions.py" line="83"/>
        <source>&amp;Apply a field copy&apos;s bundle…</source>
        <translation>&amp;Aplicar el paquete de una copia de campo…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/field_actions.py" line="85"/>
        <source>Sync c&amp;onflicts…</source>
        <translation>C&amp;onflictos de sincronización…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/field_actions.py" line="87"/>
        <source>Field &amp;work</source>
        <translation>Ca&amp;mpo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/field_actions.py" line="98"/>
        <location filename="../../src/casetracker/ui/field/field_actions.py" line="106"/>
        <source>Field copy</source>
        <translation>Copia de campo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/field_actions.py" line="101"/>
        <source>Synchronises with %1 (Field ▸ Synchronise, Ctrl+Shift+Y)</source>
        <translation>Se sincroniza con %1 (Campo ▸ Sincronizar, Ctrl+Mayús+Y)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/field_actions.py" line="140"/>
        <source>Field copy — everything synchronised</source>
        <translation>Copia de campo — todo sincronizado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/field_actions.py" line="142"/>
        <source>Field copy — 1 change not synchronised</source>
        <translation>Copia de campo — 1 cambio sin sincronizar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/field_actions.py" line="144"/>
        <source>Field copy — %1 changes not synchronised</source>
        <translation>Copia de campo — %1 cambios sin sincronizar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/field_actions.py" line="146"/>
        <source>1 conflict</source>
        <translation>1 conflicto</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/field_actions.py" line="148"/>
        <source>%1 conflicts</source>
        <translation>%1 conflictos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/field_actions.py" line="164"/>
        <source>Field copy written: %1 cases, %2 records, in %3</source>
        <translation>Copia de campo escrita: %1 expedientes, %2 registros, en %3</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/field_actions.py" line="198"/>
        <source>The office database %1 cannot be reached from here. Connect the drive or folder it is on, or send your changes with Field ▸ Write bundle.</source>
        <translation>No se puede llegar desde aquí a la base de datos de la oficina %1. Conecte la unidad o carpeta donde está, o envíe sus cambios con Campo ▸ Escribir paquete.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/field_actions.py" line="225"/>
        <source>Field copy — synchronising…</source>
        <translation>Copia de campo — sincronizando…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/field_actions.py" line="231"/>
        <source>Synchronised with the office: %1 records sent, %2 received.</source>
        <translation>Sincronizado con la oficina: %1 registros enviados, %2 recibidos.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/field_actions.py" line="240"/>
        <source>%1 new conflicts: the same information was changed on both sides.</source>
        <translation>%1 conflictos nuevos: el mismo dato se cambió en ambos lados.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/field_actions.py" line="246"/>
        <source>Synchronisation</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/field_actions.py" line="250"/>
        <source>&amp;Resolve…</source>
        <translation>&amp;Resolver…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/field_actions.py" line="259"/>
        <source>changes for the office.%1</source>
        <translation>cambios para la oficina.%1</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/field_actions.py" line="262"/>
        <source>Write a bundle of this copy&apos;s changes</source>
        <translation>Escribir un paquete con los cambios de esta copia</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/field_actions.py" line="271"/>
        <source>Bundle written with %1 records: %2. Take it to the office.</source>
        <translation>Paquete escrito con %1 registros: %2. Llévelo a la oficina.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/field_actions.py" line="280"/>
        <source>Apply a bundle</source>
        <translation>Aplicar un paquete</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/field_actions.py" line="290"/>
        <source>answer for the field.%1</source>
        <translation>respuesta para el campo.%1</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/field_actions.py" line="293"/>
        <source>Write the answer for the field copy</source>
        <translation>Escribir la respuesta para la copia de campo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/field_actions.py" line="307"/>
        <source>The office&apos;s bundle was applied: %1 records received.</source>
        <translation>Se aplicó el paquete de la oficina: %1 registros recibidos.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/field_actions.py" line="312"/>
        <source>The bundle was applied: %1 records taken. Answer written to %2.</source>
        <translation>Se aplicó el paquete: %1 registros tomados. Respuesta escrita en %2.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/field_actions.py" line="319"/>
        <source>casetracker bundles (*.%1)</source>
        <translation>Paquetes de casetracker (*.%1)</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="69"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="70"/>
        <source>Expediente</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="71"/>
        <source>Court</source>
        <translation>Órgano jurisdiccional</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="72"/>
        <source>Procedure</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="73"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="74"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="75"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="76"/>
        <source>Closed on</source>
        <translation>Fecha de archivo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="77"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="78"/>
        <source>Matter</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="79"/>
        <source>Responsible lawyer</source>
        <translation>Abogado responsable</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="80"/>
        <source>Court clerk</source>
        <translation>Especialista legal</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="81"/>
        <source>Distance allowance</source>
        <translation>Término de la distancia</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="82"/>
        <source>Related case</source>
        <translation>Expediente relacionado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="83"/>
        <source>Relation</source>
        <translation>Relación</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="84"/>
        <source>Sumilla</source>
        <translation>Sumilla</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="85"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="86"/>
        <source>Filed by</source>
        <translation>Presentado por</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="87"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="88"/>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="105"/>
        <source>Notified on</source>
        <translation>Notificado el</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="89"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="90"/>
        <source>Escrito No.</source>
        <translation>Escrito n.º</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="91"/>
        <source>Cuaderno</source>
        <translation>Cuaderno</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="92"/>
        <source>Petitorio</source>
        <translation>Petitorio</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="93"/>
        <source>Facts</source>
        <translation>Fundamentos de hecho</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="94"/>
        <source>Legal grounds</source>
        <translation>Fundamentos de derecho</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="95"/>
        <source>Evidence</source>
        <translation>Medios probatorios</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="96"/>
        <source>Por tanto</source>
        <translation>Por tanto</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="97"/>
        <source>Otrosíes</source>
        <translation>Otrosíes</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="98"/>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="99"/>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="100"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="101"/>
        <source>Video link</source>
        <translation>Enlace de videoconferencia</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="102"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="103"/>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="104"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="106"/>
        <source>Triggering filing</source>
        <translation>Actuado que lo origina</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="107"/>
        <source>How the date was computed</source>
        <translation>Cómo se calculó la fecha</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="108"/>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="109"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="110"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="111"/>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="112"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="113"/>
        <source>Represented by</source>
        <translation>Representada por</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="114"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="115"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="116"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="117"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="118"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="119"/>
        <source>Filing</source>
        <translation>Escrito o actuado</translation>
    </message>
</context>
<context>
    <name>FilingDialog</name>
    <message>
        <location filename="../../src/casetracker/ui/forms/filing_dialog.py" line="57"/>
        <source>Edit filing</source>
        <translation>Editar escrito o actuado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/filing_dialog.py" line="57"/>
        <source>New filing</source>
        <translation>Nuevo escrito o actuado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/filing_dialog.py" line="62"/>
        <source>Filing sections</source>
        <translation>Secciones del escrito</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/filing_dialog.py" line="67"/>
        <source>Filing</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/filing_dialog.py" line="68"/>
        <source>Escrito sections</source>
        <translation>Partes del escrito</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/filing_dialog.py" line="74"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/filing_dialog.py" line="75"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/filing_dialog.py" line="76"/>
        <source>Sumilla</source>
        <translation>Sumilla</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/filing_dialog.py" line="77"/>
        <source>What the filing asks or decides, in one line</source>
        <translation>Lo que pide o resuelve, en una línea</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/filing_dialog.py" line="78"/>
        <source>— court / none —</source>
        <translation>— el juzgado / nadie —</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/filing_dialog.py" line="79"/>
        <source>Filed by</source>
        <translation>Presentado por</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/filing_dialog.py" line="82"/>
        <source>Instance</source>
        <translation>Instancia</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/filing_dialog.py" line="83"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/filing_dialog.py" line="84"/>
        <source>e.g. Res. 12, cargo de ingreso</source>
        <translation>p. ej. Res. 12, cargo de ingreso</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/filing_dialog.py" line="85"/>
        <source>Notified on</source>
        <translation>Notificado el</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/filing_dialog.py" line="88"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/filing_dialog.py" line="89"/>
        <source>Escrito No.</source>
        <translation>Escrito n.º</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/filing_dialog.py" line="90"/>
        <source>Cuaderno</source>
        <translation>Cuaderno</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/filing_dialog.py" line="91"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/filing_dialog.py" line="94"/>
        <source>Petitorio</source>
        <translation>Petitorio</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/filing_dialog.py" line="95"/>
        <source>Facts (hechos)</source>
        <translation>Fundamentos de hecho</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/filing_dialog.py" line="96"/>
        <source>Legal grounds (fundamentos de derecho)</source>
        <translation>Fundamentos de derecho</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/filing_dialog.py" line="97"/>
        <source>Evidence (medios probatorios)</source>
        <translation>Medios probatorios</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/filing_dialog.py" line="98"/>
        <source>Por tanto</source>
        <translation>Por tanto</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/filing_dialog.py" line="99"/>
        <source>Otrosíes (one per paragraph)</source>
        <translation>Otrosíes (uno por párrafo)</translation>
    </message>
</context>
<context>
    <name>FilingsTab</name>
    <message>
        <location filename="../../src/casetracker/ui/case_view/filings_tab.py" line="71"/>
        <source>Filings</source>
        <translation>Escritos y actuados</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/filings_tab.py" line="72"/>
        <source>New filing…</source>
        <translation>Nuevo escrito o actuado…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/filings_tab.py" line="74"/>
        <source>Generate escrito…</source>
        <translation>Generar escrito…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/filings_tab.py" line="78"/>
        <source>Draft escrito…</source>
        <translation>Redactar escrito…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/filings_tab.py" line="78"/>
        <source>Draft escrito</source>
        <translation>Redactar escrito</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/filings_tab.py" line="158"/>
        <source>Documents of the case (not tied to a filing)</source>
        <translation>Documentos del expediente (no vinculados a un escrito)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/filings_tab.py" line="161"/>
        <source>Attachments of “%1”</source>
        <translation>Anexos de «%1»</translation>
    </message>
</context>
<context>
    <name>FinalVersionCheck</name>
    <message>
        <location filename="../../src/casetracker/ui/briefs/final_check.py" line="32"/>
        <source>Court copy</source>
        <translation>Copia para el juzgado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/final_check.py" line="34"/>
        <source>The court copy shows the names of protected parties. Produce it only to file with the court. Continue?</source>
        <translation>La copia para el juzgado muestra los nombres de las partes protegidas. Prodúzcala solo para presentarla al juzgado. ¿Continuar?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casetracker/ui/briefs/final_check.py" line="47"/>
        <source>%n gap(s) marked [COMPLETAR: …] are still in the document</source>
        <translation>
            <numerusform>Queda %n dato marcado [COMPLETAR: …] en el documento</numerusform>
            <numerusform>Quedan %n datos marcados [COMPLETAR: …] en el documento</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/final_check.py" line="51"/>
        <source>Gaps to fill</source>
        <translation>Datos por completar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/final_check.py" line="52"/>
        <source>Produce it anyway?</source>
        <translation>¿Producirlo de todos modos?</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../src/casetracker/ui/forms/form_dialog.py" line="105"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/form_dialog.py" line="107"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/form_dialog.py" line="160"/>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
</context>
<context>
    <name>HearingDialog</name>
    <message>
        <location filename="../../src/casetracker/ui/forms/hearing_dialog.py" line="39"/>
        <source>Edit hearing</source>
        <translation>Editar audiencia</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/hearing_dialog.py" line="39"/>
        <source>New hearing</source>
        <translation>Nueva audiencia</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/hearing_dialog.py" line="43"/>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/hearing_dialog.py" line="44"/>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/hearing_dialog.py" line="48"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/hearing_dialog.py" line="49"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/hearing_dialog.py" line="50"/>
        <source>Video link</source>
        <translation>Enlace de videoconferencia</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/hearing_dialog.py" line="55"/>
        <source>Instance</source>
        <translation>Instancia</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/hearing_dialog.py" line="56"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/hearing_dialog.py" line="57"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/hearing_dialog.py" line="58"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>HearingSectionModel</name>
    <message>
        <location filename="../../src/casetracker/ui/dashboard.py" line="79"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/dashboard.py" line="79"/>
        <source>Hearing</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/dashboard.py" line="79"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/dashboard.py" line="79"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
</context>
<context>
    <name>HearingsTab</name>
    <message>
        <location filename="../../src/casetracker/ui/case_view/hearings_tab.py" line="55"/>
        <source>Hearings</source>
        <translation>Audiencias</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/hearings_tab.py" line="56"/>
        <source>New hearing…</source>
        <translation>Nueva audiencia…</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="38"/>
        <source>Case created</source>
        <translation>Expediente creado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="39"/>
        <source>Case changed</source>
        <translation>Expediente modificado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="40"/>
        <source>Case deleted</source>
        <translation>Expediente eliminado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="41"/>
        <source>Case restored</source>
        <translation>Expediente restaurado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="42"/>
        <source>Party added</source>
        <translation>Parte agregada</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="43"/>
        <source>Party&apos;s role changed</source>
        <translation>Rol de la parte modificado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="44"/>
        <source>Party removed</source>
        <translation>Parte quitada</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="45"/>
        <source>Party added back</source>
        <translation>Parte agregada de nuevo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="46"/>
        <source>Filing entered</source>
        <translation>Escrito o actuado ingresado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="47"/>
        <source>Filing changed</source>
        <translation>Escrito o actuado modificado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="48"/>
        <source>Filing deleted</source>
        <translation>Escrito o actuado eliminado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="49"/>
        <source>Filing restored</source>
        <translation>Escrito o actuado restaurado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="50"/>
        <source>File attached</source>
        <translation>Archivo adjuntado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="51"/>
        <source>Attachment changed</source>
        <translation>Anexo modificado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="52"/>
        <source>Attachment deleted</source>
        <translation>Anexo eliminado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="53"/>
        <source>Attachment restored</source>
        <translation>Anexo restaurado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="54"/>
        <source>Hearing scheduled</source>
        <translation>Audiencia programada</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="55"/>
        <source>Hearing changed</source>
        <translation>Audiencia modificada</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="56"/>
        <source>Hearing deleted</source>
        <translation>Audiencia eliminada</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="57"/>
        <source>Hearing restored</source>
        <translation>Audiencia restaurada</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="58"/>
        <source>Deadline added</source>
        <translation>Plazo agregado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="59"/>
        <source>Deadline changed</source>
        <translation>Plazo modificado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="60"/>
        <source>Deadline deleted</source>
        <translation>Plazo eliminado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="61"/>
        <source>Deadline restored</source>
        <translation>Plazo restaurado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="62"/>
        <source>Note written</source>
        <translation>Nota escrita</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="63"/>
        <source>Note changed</source>
        <translation>Nota modificada</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="64"/>
        <source>Note deleted</source>
        <translation>Nota eliminada</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_text.py" line="65"/>
        <source>Note restored</source>
        <translation>Nota restaurada</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="41"/>
        <source>Party created</source>
        <translation>Parte creada</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="42"/>
        <source>Party changed</source>
        <translation>Parte modificada</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="43"/>
        <source>Party deleted</source>
        <translation>Parte eliminada</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="44"/>
        <source>Party restored</source>
        <translation>Parte restaurada</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="45"/>
        <source>Court created</source>
        <translation>Órgano jurisdiccional creado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="46"/>
        <source>Court changed</source>
        <translation>Órgano jurisdiccional modificado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="47"/>
        <source>Court deleted</source>
        <translation>Órgano jurisdiccional eliminado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="48"/>
        <source>Court restored</source>
        <translation>Órgano jurisdiccional restaurado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="49"/>
        <source>Court closure added</source>
        <translation>Cierre del despacho agregado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="50"/>
        <source>Court closure changed</source>
        <translation>Cierre del despacho modificado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="51"/>
        <source>Court closure deleted</source>
        <translation>Cierre del despacho eliminado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="52"/>
        <source>Matter created</source>
        <translation>Tema creado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="53"/>
        <source>Matter changed</source>
        <translation>Tema modificado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="54"/>
        <source>Matter deleted</source>
        <translation>Tema eliminado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="55"/>
        <source>Matter restored</source>
        <translation>Tema restaurado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="56"/>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="57"/>
        <source>Setting changed</source>
        <translation>Ajuste modificado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="58"/>
        <source>Deadline rule saved</source>
        <translation>Regla de plazo guardada</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="59"/>
        <source>Deadline rule changed</source>
        <translation>Regla de plazo modificada</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="60"/>
        <source>Deadline rule reset</source>
        <translation>Regla de plazo restablecida</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="61"/>
        <source>Sample data generated</source>
        <translation>Datos de ejemplo generados</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="66"/>
        <source>Cases</source>
        <translation>Expedientes</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="67"/>
        <source>Parties in a case</source>
        <translation>Partes en un expediente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="68"/>
        <source>Filings</source>
        <translation>Escritos y actuados</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="69"/>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="70"/>
        <source>Hearings</source>
        <translation>Audiencias</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="71"/>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="72"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="73"/>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="74"/>
        <source>Courts</source>
        <translation>Órganos jurisdiccionales</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="75"/>
        <source>Court closures</source>
        <translation>Cierres de despacho</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="76"/>
        <source>Matters</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="77"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="78"/>
        <source>Deadline rules</source>
        <translation>Reglas de plazos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_model.py" line="79"/>
        <source>Sample data</source>
        <translation>Datos de ejemplo</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../src/casetracker/ui/case_view/history_tab.py" line="65"/>
        <source>History of the case</source>
        <translation>Historial del expediente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/history_tab.py" line="68"/>
        <source>Changes of the selected entry</source>
        <translation>Cambios del registro seleccionado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/history_tab.py" line="98"/>
        <source>Select an entry to see what changed.</source>
        <translation>Seleccione un registro para ver qué cambió.</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../src/casetracker/ui/history/history_window.py" line="54"/>
        <location filename="../../src/casetracker/ui/history/history_window.py" line="145"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_window.py" line="77"/>
        <source>All kinds of record</source>
        <translation>Todos los tipos de registro</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_window.py" line="77"/>
        <source>Kind of record</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_window.py" line="78"/>
        <source>All users</source>
        <translation>Todos los usuarios</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_window.py" line="78"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_window.py" line="80"/>
        <source>Words in the entry…</source>
        <translation>Palabras del registro…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_window.py" line="82"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_window.py" line="86"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_window.py" line="88"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_window.py" line="93"/>
        <source>&amp;Clear the filters</source>
        <translation>&amp;Quitar los filtros</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_window.py" line="98"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_window.py" line="99"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_window.py" line="100"/>
        <source>&amp;Text:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_window.py" line="105"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_window.py" line="105"/>
        <source>T&amp;o:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_window.py" line="113"/>
        <source>History entries</source>
        <translation>Registros del historial</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_window.py" line="118"/>
        <source>Entries shown</source>
        <translation>Registros mostrados</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_window.py" line="121"/>
        <source>Changes of the selected entry</source>
        <translation>Cambios del registro seleccionado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_window.py" line="122"/>
        <source>O&amp;pen the case</source>
        <translation>&amp;Abrir el expediente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_window.py" line="125"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_window.py" line="225"/>
        <source>Reading the history…</source>
        <translation>Leyendo el historial…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_window.py" line="227"/>
        <source>No entry matches these filters.</source>
        <translation>Ningún registro coincide con estos filtros.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_window.py" line="230"/>
        <source>1 entry</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_window.py" line="232"/>
        <source>%1 entries</source>
        <translation>%1 registros</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_window.py" line="235"/>
        <source>The newest %1 entries; scroll down for older ones.</source>
        <translation>Los %1 registros más recientes; desplácese hacia abajo para ver los anteriores.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_window.py" line="247"/>
        <source>Select an entry to see what changed.</source>
        <translation>Seleccione un registro para ver qué cambió.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/history/history_window.py" line="253"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="47"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="48"/>
        <source>Notification</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="49"/>
        <source>Notice of service (cédula)</source>
        <translation>Cédula de notificación</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="50"/>
        <source>Judgment (sentencia)</source>
        <translation>Sentencia</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="51"/>
        <source>Order (auto)</source>
        <translation>Auto</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="52"/>
        <source>Decree (decreto)</source>
        <translation>Decreto</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="82"/>
        <source>Import court documents</source>
        <translation>Importar documentos judiciales</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="96"/>
        <source>Not read: %1</source>
        <translation>No leídos: %1</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="102"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="103"/>
        <source>Create case…</source>
        <translation>Crear caso…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="111"/>
        <source>— not recognised —</source>
        <translation>— no reconocido —</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="116"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="118"/>
        <source>Date of the document</source>
        <translation>Fecha del documento</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="122"/>
        <source>&amp;Case:</source>
        <translation>&amp;Caso:</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="125"/>
        <source>Expedientes in the text:</source>
        <translation>Expedientes en el texto:</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="126"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="127"/>
        <source>Resolution &amp;number:</source>
        <translation>&amp;Número de resolución:</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="128"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="129"/>
        <source>Co&amp;urt:</source>
        <translation>Ó&amp;rgano:</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="130"/>
        <source>&amp;Sumilla:</source>
        <translation>&amp;Sumilla:</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="134"/>
        <source>Deadlines to create</source>
        <translation>Plazos que se crearán</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="137"/>
        <source>Save &amp;filing</source>
        <translation>&amp;Guardar actuación</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="140"/>
        <source>S&amp;kip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="142"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="152"/>
        <source>Deadlines it starts (untick those you do not want):</source>
        <translation>Plazos que inicia (desmarque los que no quiera):</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="178"/>
        <source>text layer</source>
        <translation>capa de texto</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="179"/>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="180"/>
        <source>text layer and OCR</source>
        <translation>capa de texto y OCR</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="184"/>
        <source>Document %1 of %2: %3, pages %4–%5 (read from the %6)</source>
        <translation>Documento %1 de %2: %3, páginas %4–%5 (leído de la %6)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="194"/>
        <source>This document is already stored; skip it.</source>
        <translation>Este documento ya está guardado; omítalo.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="206"/>
        <source>none found</source>
        <translation>no se encontró ninguno</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="236"/>
        <source>Computing the deadlines again…</source>
        <translation>Calculando de nuevo los plazos…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="260"/>
        <source>Select a deadline to see how it was counted.</source>
        <translation>Seleccione un plazo para ver cómo se contó.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="274"/>
        <source>No case of this database has these expedientes: choose the case or create it to see the deadlines.</source>
        <translation>Ningún caso de esta base de datos tiene estos expedientes: elija el caso o créelo para ver los plazos.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="279"/>
        <source>The rules give no deadline for this kind of document in this case.</source>
        <translation>Las reglas no dan ningún plazo para este tipo de documento en este caso.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="305"/>
        <source>Choose the case first, or create it.</source>
        <translation>Primero elija el caso, o créelo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="325"/>
        <source>%n filing(s) saved from court documents</source>
        <translation>
            <numerusform>%n actuación guardada desde documentos judiciales</numerusform>
            <numerusform>%n actuaciones guardadas desde documentos judiciales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="327"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omitida</numerusform>
            <numerusform>%n omitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="329"/>
        <source>%n not looked at</source>
        <translation>
            <numerusform>%n sin revisar</numerusform>
            <numerusform>%n sin revisar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_dialog.py" line="340"/>
        <source>Exp. %1</source>
        <translation>Exp. %1</translation>
    </message>
</context>
<context>
    <name>InboxImport</name>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_import.py" line="80"/>
        <location filename="../../src/casetracker/ui/inbox/inbox_import.py" line="105"/>
        <source>Import court documents</source>
        <translation>Importar documentos judiciales</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_import.py" line="82"/>
        <source>Court documents (%1)</source>
        <translation>Documentos judiciales (%1)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_import.py" line="91"/>
        <source>Import the court documents of a folder</source>
        <translation>Importar los documentos judiciales de una carpeta</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_import.py" line="99"/>
        <source>Court documents are already being imported.</source>
        <translation>Ya se están importando documentos judiciales.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_import.py" line="103"/>
        <source>Reading court documents…</source>
        <translation>Leyendo documentos judiciales…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_import.py" line="103"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_import.py" line="126"/>
        <source>Reading %1 (%2 of %3)…</source>
        <translation>Leyendo %1 (%2 de %3)…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_import.py" line="143"/>
        <source>Import of court documents cancelled; nothing was saved.</source>
        <translation>Importación de documentos judiciales cancelada; no se guardó nada.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_import.py" line="148"/>
        <source>The documents could not be read: %1</source>
        <translation>No se pudieron leer los documentos: %1</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_import.py" line="154"/>
        <source>no court document was found</source>
        <translation>no se encontró ningún documento judicial</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/inbox/inbox_import.py" line="155"/>
        <source>Nothing to import: %1</source>
        <translation>Nada que importar: %1</translation>
    </message>
</context>
<context>
    <name>InstanceDialog</name>
    <message>
        <location filename="../../src/casetracker/ui/forms/instance_dialog.py" line="61"/>
        <source>Edit instance</source>
        <translation>Editar instancia</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/instance_dialog.py" line="61"/>
        <source>New instance</source>
        <translation>Nueva instancia</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/instance_dialog.py" line="69"/>
        <source>e.g. Segunda instancia</source>
        <translation>p. ej. Segunda instancia</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/instance_dialog.py" line="70"/>
        <source>Instance</source>
        <translation>Instancia</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/instance_dialog.py" line="71"/>
        <source>— no court yet —</source>
        <translation>— aún sin órgano jurisdiccional —</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/instance_dialog.py" line="73"/>
        <source>Court</source>
        <translation>Órgano jurisdiccional</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/instance_dialog.py" line="73"/>
        <source>New court</source>
        <translation>Nuevo órgano jurisdiccional</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/instance_dialog.py" line="81"/>
        <location filename="../../src/casetracker/ui/forms/instance_dialog.py" line="84"/>
        <source>Expediente</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/instance_dialog.py" line="85"/>
        <source>Judge</source>
        <translation>Juez</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/instance_dialog.py" line="87"/>
        <source>Court clerk (especialista)</source>
        <translation>Especialista legal</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/instance_dialog.py" line="89"/>
        <source>Started on</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/instance_dialog.py" line="90"/>
        <source>Ended on</source>
        <translation>Fin</translation>
    </message>
</context>
<context>
    <name>InstancesTab</name>
    <message>
        <location filename="../../src/casetracker/ui/case_view/instances_tab.py" line="63"/>
        <source>Instances</source>
        <translation>Instancias</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/instances_tab.py" line="64"/>
        <source>New instance…</source>
        <translation>Nueva instancia…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/instances_tab.py" line="65"/>
        <source>New instance</source>
        <translation>Nueva instancia</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../src/casetracker/ui/main_actions.py" line="60"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_actions.py" line="65"/>
        <source>&amp;Cases</source>
        <translation>&amp;Expedientes</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_actions.py" line="69"/>
        <source>Ca&amp;lendar</source>
        <translation>Ca&amp;lendario</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_actions.py" line="75"/>
        <source>&amp;Parties</source>
        <translation>Par&amp;tes</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_actions.py" line="81"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_actions.py" line="89"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nuevo expediente…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_actions.py" line="95"/>
        <source>New &amp;filing (fast entry)…</source>
        <translation>Nuevo &amp;escrito (ingreso rápido)…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_actions.py" line="101"/>
        <source>New &amp;matter…</source>
        <translation>Nuevo &amp;tema…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_actions.py" line="105"/>
        <source>New c&amp;ourt…</source>
        <translation>Nuevo ó&amp;rgano jurisdiccional…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_actions.py" line="109"/>
        <source>Courts &amp;and matters…</source>
        <translation>Órganos &amp;jurisdiccionales y temas…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_actions.py" line="114"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_actions.py" line="119"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_actions.py" line="123"/>
        <source>&amp;Undo delete</source>
        <translation>&amp;Deshacer eliminación</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_actions.py" line="129"/>
        <source>&amp;Redo delete</source>
        <translation>&amp;Rehacer eliminación</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_actions.py" line="136"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_actions.py" line="142"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_actions.py" line="147"/>
        <source>&amp;About casetracker</source>
        <translation>&amp;Acerca de casetracker</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_actions.py" line="152"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_actions.py" line="157"/>
        <source>&amp;Backups…</source>
        <translation>Copias de se&amp;guridad…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_actions.py" line="161"/>
        <source>&amp;Export archive…</source>
        <translation>E&amp;xportar archivo completo…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_actions.py" line="166"/>
        <source>&amp;Import archive…</source>
        <translation>&amp;Importar archivo completo…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_actions.py" line="171"/>
        <source>Import filings from &amp;CSV…</source>
        <translation>Importar escritos desde &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_actions.py" line="176"/>
        <source>Import court &amp;documents…</source>
        <translation>Importar &amp;documentos judiciales…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_actions.py" line="182"/>
        <source>Import court documents from a folde&amp;r…</source>
        <translation>Importar documentos judiciales de una carpet&amp;a…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_actions.py" line="187"/>
        <source>Save CSV &amp;template…</source>
        <translation>Guardar plantilla CS&amp;V…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_actions.py" line="192"/>
        <source>&amp;Reminders…</source>
        <translation>&amp;Recordatorios…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_actions.py" line="198"/>
        <source>Court &amp;closures and vacations…</source>
        <translation>&amp;Cierres de juzgados y vacaciones…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_actions.py" line="202"/>
        <source>Deadline r&amp;ules…</source>
        <translation>Re&amp;glas de plazos…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_actions.py" line="206"/>
        <source>&amp;Export agenda…</source>
        <translation>&amp;Exportar agenda…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_actions.py" line="215"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_actions.py" line="238"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_actions.py" line="241"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_actions.py" line="248"/>
        <source>&amp;Deadlines</source>
        <translation>&amp;Plazos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_actions.py" line="257"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/casetracker/ui/main_window.py" line="231"/>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_window.py" line="240"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_window.py" line="241"/>
        <source>Cases</source>
        <translation>Expedientes</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_window.py" line="242"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_window.py" line="243"/>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_window.py" line="244"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_window.py" line="300"/>
        <source>Last action</source>
        <translation>Última acción</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_window.py" line="310"/>
        <source>Database file</source>
        <translation>Archivo de la base de datos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_window.py" line="312"/>
        <source>The database file in use</source>
        <translation>El archivo de la base de datos en uso</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_window.py" line="314"/>
        <source>Problem with the database</source>
        <translation>Problema con la base de datos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_window.py" line="367"/>
        <source>That case no longer exists.</source>
        <translation>Ese expediente ya no existe.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_window.py" line="394"/>
        <source>Timeline of the matter</source>
        <translation>Cronología del tema</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_window.py" line="458"/>
        <source>casetracker (read only)</source>
        <translation>casetracker (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_window.py" line="461"/>
        <source>Read only: this database is on media that cannot be written (a write-protected stick, a CD, a read-only share). You can read, search, print and back it up; to change it, copy it to this computer first.</source>
        <translation>Solo lectura: esta base de datos está en un medio que no se puede escribir (una memoria USB protegida, un CD, una carpeta compartida de solo lectura). Puede leerla, buscar, imprimir y hacer copias de seguridad; para cambiarla, cópiela antes a esta computadora.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_window.py" line="471"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_window.py" line="481"/>
        <source>1 deadline to attend to, seen before: Deadlines ▸ Reminders…</source>
        <translation>1 plazo por atender, ya visto: Plazos ▸ Recordatorios…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casetracker/ui/main_window.py" line="484"/>
        <source>%n deadlines to attend to, seen before: Deadlines ▸ Reminders…</source>
        <translation>
            <numerusform>%n plazo por atender, ya visto: Plazos ▸ Recordatorios…</numerusform>
            <numerusform>%n plazos por atender, ya vistos: Plazos ▸ Recordatorios…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_window.py" line="558"/>
        <source>About casetracker</source>
        <translation>Acerca de casetracker</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_window.py" line="560"/>
        <source>casetracker %1
An offline case tracker for public-interest litigation.</source>
        <translation>casetracker %1
Seguimiento de expedientes sin conexión para el litigio de interés público.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_window.py" line="106"/>
        <source>Backups of this kind are a database file&apos;s; a server is backed up with pg_dump (casetracker backup FOLDER)</source>
        <translation>Las copias de este tipo son de un archivo de base de datos; un servidor se respalda con pg_dump (casetracker backup CARPETA)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_window.py" line="304"/>
        <source>Server database</source>
        <translation>Base de datos del servidor</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_window.py" line="305"/>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/main_window.py" line="307"/>
        <source>The team server in use, signed in as %1</source>
        <translation>El servidor del equipo en uso, con la sesión de %1</translation>
    </message>
</context>
<context>
    <name>MatterDialog</name>
    <message>
        <location filename="../../src/casetracker/ui/forms/matter_dialog.py" line="20"/>
        <source>Edit matter</source>
        <translation>Editar tema</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/matter_dialog.py" line="20"/>
        <source>New matter</source>
        <translation>Nuevo tema</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/matter_dialog.py" line="22"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/matter_dialog.py" line="23"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../src/casetracker/ui/messages.py" line="15"/>
        <location filename="../../src/casetracker/ui/messages.py" line="21"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/messages.py" line="16"/>
        <source>Delete %1?</source>
        <translation>¿Eliminar %1?</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/messages.py" line="18"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/messages.py" line="35"/>
        <source>casetracker</source>
        <translation>casetracker</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/messages.py" line="44"/>
        <source>Date in the future</source>
        <translation>Fecha futura</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/messages.py" line="46"/>
        <source>The filing is dated %1, after today (%2).</source>
        <translation>El escrito tiene fecha %1, posterior a hoy (%2).</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/messages.py" line="50"/>
        <source>Save it with this date anyway?</source>
        <translation>¿Guardarlo con esta fecha de todos modos?</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/messages.py" line="52"/>
        <source>Save with this date</source>
        <translation>Guardar con esta fecha</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/messages.py" line="56"/>
        <source>Change the date</source>
        <translation>Cambiar la fecha</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../../src/casetracker/ui/calendar/calendar_month.py" line="76"/>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/calendar/calendar_month.py" line="77"/>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/calendar/calendar_month.py" line="84"/>
        <source>Days of the month</source>
        <translation>Días del mes</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/calendar/calendar_month.py" line="141"/>
        <source>No court work: %1</source>
        <translation>Día inhábil: %1</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/calendar/calendar_month.py" line="144"/>
        <source>1 hearing</source>
        <translation>1 audiencia</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casetracker/ui/calendar/calendar_month.py" line="144"/>
        <source>%n hearings</source>
        <translation>
            <numerusform>%n audiencia</numerusform>
            <numerusform>%n audiencias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/calendar/calendar_month.py" line="148"/>
        <source>1 open deadline</source>
        <translation>1 plazo pendiente</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casetracker/ui/calendar/calendar_month.py" line="149"/>
        <source>%n open deadlines</source>
        <translation>
            <numerusform>%n plazo pendiente</numerusform>
            <numerusform>%n plazos pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casetracker/ui/calendar/calendar_month.py" line="153"/>
        <source>Overdue: %n</source>
        <translation>
            <numerusform>Vencido: %n</numerusform>
            <numerusform>Vencidos: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/calendar/calendar_month.py" line="139"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/calendar/calendar_month.py" line="87"/>
        <source>Arrow keys move by day and week, Page Up and Page Down by month, with Ctrl by year.</source>
        <translation>Las flechas avanzan por día y por semana; Re Pág y Av Pág, por mes; con Ctrl, por año.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../src/casetracker/ui/forms/note_dialog.py" line="24"/>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/note_dialog.py" line="24"/>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/note_dialog.py" line="27"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../src/casetracker/ui/case_view/notes_tab.py" line="36"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/notes_tab.py" line="37"/>
        <source>New note…</source>
        <translation>Nueva nota…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/notes_tab.py" line="40"/>
        <source>Text of the selected note</source>
        <translation>Texto de la nota seleccionada</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../src/casetracker/ui/forms/date_fields.py" line="341"/>
        <source>%1 is set</source>
        <translation>%1: con fecha</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../src/casetracker/ui/case_view/overview_tab.py" line="37"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/overview_tab.py" line="38"/>
        <source>Expediente</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/overview_tab.py" line="39"/>
        <source>Court</source>
        <translation>Órgano jurisdiccional</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/overview_tab.py" line="40"/>
        <source>Instances</source>
        <translation>Instancias</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/overview_tab.py" line="41"/>
        <source>Procedure</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/overview_tab.py" line="42"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/overview_tab.py" line="43"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/overview_tab.py" line="44"/>
        <source>Filed on</source>
        <translation>Fecha de presentación</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/overview_tab.py" line="45"/>
        <source>Closed on</source>
        <translation>Fecha de archivo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/overview_tab.py" line="46"/>
        <source>Matter</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/overview_tab.py" line="47"/>
        <source>Responsible lawyer</source>
        <translation>Abogado responsable</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/overview_tab.py" line="48"/>
        <source>Court clerk (especialista)</source>
        <translation>Especialista legal</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/overview_tab.py" line="49"/>
        <source>Distance allowance</source>
        <translation>Término de la distancia</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/overview_tab.py" line="50"/>
        <source>Related cases</source>
        <translation>Expedientes relacionados</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/overview_tab.py" line="51"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/overview_tab.py" line="52"/>
        <source>Last activity</source>
        <translation>Último movimiento</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/overview_tab.py" line="75"/>
        <source>current</source>
        <translation>actual</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/overview_tab.py" line="86"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/overview_tab.py" line="93"/>
        <source>timeline</source>
        <translation>cronología</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/overview_tab.py" line="93"/>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/overview_tab.py" line="116"/>
        <source>%1 working days</source>
        <translation>%1 días hábiles</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/overview_tab.py" line="26"/>
        <source>Overview of the case</source>
        <translation>Resumen del expediente</translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <location filename="../../src/casetracker/ui/parties_page.py" line="131"/>
        <source>Filter parties by name or document…</source>
        <translation>Filtrar partes por nombre o documento…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/parties_page.py" line="132"/>
        <source>Filter parties</source>
        <translation>Filtrar partes</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/parties_page.py" line="141"/>
        <location filename="../../src/casetracker/ui/parties_page.py" line="189"/>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/parties_page.py" line="143"/>
        <source>Edit party…</source>
        <translation>Editar parte…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/parties_page.py" line="144"/>
        <source>New party…</source>
        <translation>Nueva parte…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/parties_page.py" line="145"/>
        <source>Delete party</source>
        <translation>Eliminar parte</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/parties_page.py" line="152"/>
        <source>Cases of the selected party</source>
        <translation>Expedientes de la parte seleccionada</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/parties_page.py" line="179"/>
        <source>Appears in (double-click or Enter opens the case):</source>
        <translation>Figura en (doble clic o Intro abre el expediente):</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/parties_page.py" line="241"/>
        <source>Select a party to see the cases it appears in.</source>
        <translation>Seleccione una parte para ver los expedientes en que figura.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/parties_page.py" line="249"/>
        <source>Protected: the name is hidden in generated documents.</source>
        <translation>Protegida: el nombre se oculta en los documentos generados.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/parties_page.py" line="273"/>
        <source>The party appears in no case. This cannot be undone.</source>
        <translation>La parte no figura en ningún expediente. Esto no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>PartiesTab</name>
    <message>
        <location filename="../../src/casetracker/ui/case_view/parties_tab.py" line="38"/>
        <source>Parties by role</source>
        <translation>Partes por rol</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/parties_tab.py" line="44"/>
        <source>Add party…</source>
        <translation>Agregar parte…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/parties_tab.py" line="45"/>
        <source>Edit role…</source>
        <translation>Editar rol…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/parties_tab.py" line="46"/>
        <source>Edit party details…</source>
        <translation>Editar datos de la parte…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/parties_tab.py" line="47"/>
        <source>Remove from case</source>
        <translation>Quitar del expediente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/parties_tab.py" line="70"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/parties_tab.py" line="71"/>
        <source>Represented by</source>
        <translation>Representada por</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/parties_tab.py" line="72"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/parties_tab.py" line="73"/>
        <source>DNI / RUC</source>
        <translation>DNI / RUC</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/parties_tab.py" line="74"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/parties_tab.py" line="102"/>
        <source>(protected)</source>
        <translation>(protegida)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/parties_tab.py" line="104"/>
        <source>(our client)</source>
        <translation>(nuestro cliente)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/parties_tab.py" line="166"/>
        <source>%1 as %2</source>
        <translation>%1 como %2</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <location filename="../../src/casetracker/ui/forms/party_dialog.py" line="26"/>
        <source>Edit party</source>
        <translation>Editar parte</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/party_dialog.py" line="26"/>
        <source>New party</source>
        <translation>Nueva parte</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/party_dialog.py" line="28"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/party_dialog.py" line="29"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/party_dialog.py" line="30"/>
        <source>DNI / RUC</source>
        <translation>DNI / RUC</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/party_dialog.py" line="31"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/party_dialog.py" line="32"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/party_dialog.py" line="33"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/party_dialog.py" line="34"/>
        <source>Casilla electrónica</source>
        <translation>Casilla electrónica</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/party_dialog.py" line="35"/>
        <source>Bar registration</source>
        <translation>Colegiatura</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/party_dialog.py" line="38"/>
        <source>Protection</source>
        <translation>Protección</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/party_dialog.py" line="39"/>
        <source>Protected: hide the name in generated documents and exports</source>
        <translation>Protegida: ocultar el nombre en los documentos generados y exportaciones</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/party_dialog.py" line="41"/>
        <source>In escritos</source>
        <translation>En los escritos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/party_dialog.py" line="42"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/party_dialog.py" line="52"/>
        <source>Grammatical gender</source>
        <translation>Género gramatical</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/party_dialog.py" line="53"/>
        <source>Gender not set</source>
        <translation>Género sin indicar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/party_dialog.py" line="53"/>
        <source>Feminine</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/party_dialog.py" line="54"/>
        <source>Masculine</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/party_dialog.py" line="56"/>
        <source>Plural (a collective)</source>
        <translation>Plural (un colectivo)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/party_dialog.py" line="57"/>
        <source>Takes an article (“la Policía…”)</source>
        <translation>Lleva artículo (“la Policía…”)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../src/casetracker/ui/safety/passphrase_dialog.py" line="60"/>
        <source>Protected database</source>
        <translation>Base de datos protegida</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/passphrase_dialog.py" line="62"/>
        <source>%1 is protected with a passphrase. Enter it to open the cases.</source>
        <translation>%1 está protegida con una frase de contraseña. Escríbala para abrir los casos.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/passphrase_dialog.py" line="70"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/passphrase_dialog.py" line="100"/>
        <source>Type the passphrase, or cancel.</source>
        <translation>Escriba la frase de contraseña o cancele.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casetracker/ui/safety/passphrase_dialog.py" line="134"/>
        <source>This passphrase does not open the file: it is not the right one, or the file is damaged or is not a casetracker database. %n attempt(s) left.</source>
        <translation>
            <numerusform>Esta frase de contraseña no abre el archivo: no es la correcta, o el archivo está dañado o no es una base de datos de casetracker. Queda %n intento.</numerusform>
            <numerusform>Esta frase de contraseña no abre el archivo: no es la correcta, o el archivo está dañado o no es una base de datos de casetracker. Quedan %n intentos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachments_panel.py" line="330"/>
        <source>PDF preview</source>
        <translation>Vista previa del PDF</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachments_panel.py" line="331"/>
        <location filename="../../src/casetracker/ui/case_view/attachments_panel.py" line="351"/>
        <source>Select a PDF attachment to preview it.</source>
        <translation>Seleccione un anexo PDF para verlo.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachments_panel.py" line="353"/>
        <source>No preview for this type of file; use Open.</source>
        <translation>No hay vista previa para este tipo de archivo; use Abrir.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/attachments_panel.py" line="363"/>
        <source>This PDF cannot be shown; use Open.</source>
        <translation>No se puede mostrar este PDF; use Abrir.</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/explanation_view.py" line="122"/>
        <source>1 working day</source>
        <translation>1 día hábil</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/explanation_view.py" line="123"/>
        <source>%n working days</source>
        <translation>%n días hábiles</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/explanation_view.py" line="126"/>
        <source>1 calendar day</source>
        <translation>1 día calendario</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/explanation_view.py" line="127"/>
        <source>%n calendar days</source>
        <translation>%n días calendario</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/explanation_view.py" line="130"/>
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/explanation_view.py" line="131"/>
        <source>%n months</source>
        <translation>%n meses</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/explanation_view.py" line="134"/>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/explanation_view.py" line="135"/>
        <source>%n years</source>
        <translation>%n años</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/explanation_view.py" line="146"/>
        <source>Working days</source>
        <translation>Días hábiles</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/explanation_view.py" line="147"/>
        <source>Calendar days</source>
        <translation>Días calendario</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/explanation_view.py" line="148"/>
        <source>Months</source>
        <translation>Meses</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/explanation_view.py" line="149"/>
        <source>Years</source>
        <translation>Años</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/casetracker/ui/preferences_dialog.py" line="41"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/preferences_dialog.py" line="47"/>
        <source>Same as the system</source>
        <translation>El del sistema</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/preferences_dialog.py" line="55"/>
        <source>e.g. Reg. CAL N.º 12345</source>
        <translation>p. ej. Reg. CAL N.º 12345</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/preferences_dialog.py" line="57"/>
        <source>— none —</source>
        <translation>— ninguno —</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/preferences_dialog.py" line="63"/>
        <source> working days</source>
        <translation> días hábiles</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/preferences_dialog.py" line="67"/>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/preferences_dialog.py" line="99"/>
        <source>With OK the window reopens in the new language, where it was.</source>
        <translation>Al pulsar Aceptar, la ventana se vuelve a abrir en el nuevo idioma, donde estaba.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/preferences_dialog.py" line="74"/>
        <source>On a server, the history names your server login: %1</source>
        <translation>En un servidor, el historial registra su usuario del servidor: %1</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/preferences_dialog.py" line="80"/>
        <source>Locking applies to a protected database file, not to a server.</source>
        <translation>El bloqueo se aplica a un archivo de base de datos protegido, no a un servidor.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/preferences_dialog.py" line="108"/>
        <source>A team server&apos;s address, used from the next start instead of the database file on this computer (leave it empty to use the file). The password is asked when connecting and never stored.</source>
        <translation>La dirección del servidor del equipo, que se usará desde el próximo inicio en lugar del archivo de base de datos de esta computadora (déjela vacía para usar el archivo). La contraseña se pide al conectarse y nunca se guarda.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/preferences_dialog.py" line="165"/>
        <source>Write the server&apos;s address as %1.</source>
        <translation>Escriba la dirección del servidor así: %1.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/preferences_dialog.py" line="173"/>
        <source>Leave the password out of the address: it is asked when connecting, or taken from PGPASSWORD or ~/.pgpass.</source>
        <translation>No ponga la contraseña en la dirección: se pide al conectarse, o se toma de PGPASSWORD o ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../src/casetracker/ui/safety/archive_actions.py" line="71"/>
        <source>Nothing was imported. Fix these problems in the file, then import it again (%1 found):</source>
        <translation>No se importó nada. Corrija estos problemas en el archivo y vuelva a importarlo (%1 encontrados):</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/archive_actions.py" line="80"/>
        <source>Problems found</source>
        <translation>Problemas encontrados</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/archive_actions.py" line="83"/>
        <source>&amp;Copy the list</source>
        <translation>&amp;Copiar la lista</translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/proposal_table.py" line="106"/>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/proposal_table.py" line="107"/>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/proposal_table.py" line="108"/>
        <source>Who must act</source>
        <translation>Quién debe actuar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/proposal_table.py" line="109"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/proposal_table.py" line="110"/>
        <source>Legal basis</source>
        <translation>Base legal</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/proposal_table.py" line="167"/>
        <source>%1 (changed)</source>
        <translation>%1 (cambiada)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/proposal_table.py" line="172"/>
        <source>%1 (other side: watch)</source>
        <translation>%1 (otra parte: vigilar)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/proposal_table.py" line="174"/>
        <source>%1 (mark the party you represent)</source>
        <translation>%1 (marque la parte que representa)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/proposal_table.py" line="180"/>
        <source>%1 ⚠ low certainty: check it</source>
        <translation>%1 ⚠ certeza baja: verifíquelo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/proposal_table.py" line="182"/>
        <source>%1 (medium certainty)</source>
        <translation>%1 (certeza media)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/proposal_table.py" line="188"/>
        <source>Computed: %1. Changed by hand.</source>
        <translation>Cálculo: %1. Cambiada a mano.</translation>
    </message>
</context>
<context>
    <name>RecentCaseModel</name>
    <message>
        <location filename="../../src/casetracker/ui/dashboard.py" line="102"/>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/dashboard.py" line="102"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/dashboard.py" line="102"/>
        <source>Expediente</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/dashboard.py" line="102"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>RecomputationModel</name>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/recomputation_preview.py" line="60"/>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/recomputation_preview.py" line="60"/>
        <source>Expediente</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/recomputation_preview.py" line="60"/>
        <source>Due now</source>
        <translation>Vence ahora</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/recomputation_preview.py" line="61"/>
        <source>New due date</source>
        <translation>Nuevo vencimiento</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/recomputation_preview.py" line="83"/>
        <source>Its date was set by hand, so it is not ticked: tick it to move it anyway.</source>
        <translation>Su fecha se fijó a mano, por eso no está marcado: márquelo para moverlo de todos modos.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/recomputation_preview.py" line="102"/>
        <source>%1 (date set by hand)</source>
        <translation>%1 (fecha fijada a mano)</translation>
    </message>
</context>
<context>
    <name>RecomputationPreview</name>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/recomputation_preview.py" line="126"/>
        <location filename="../../src/casetracker/ui/deadlines/recomputation_preview.py" line="219"/>
        <source>Add closure</source>
        <translation>Añadir cierre</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/recomputation_preview.py" line="126"/>
        <location filename="../../src/casetracker/ui/deadlines/recomputation_preview.py" line="223"/>
        <source>Remove closure</source>
        <translation>Quitar cierre</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/recomputation_preview.py" line="127"/>
        <source>Adding the closure from %1 to %2</source>
        <translation>Se añade el cierre del %1 al %2</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/recomputation_preview.py" line="128"/>
        <source>Removing the closure from %1 to %2</source>
        <translation>Se quita el cierre del %1 al %2</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/recomputation_preview.py" line="137"/>
        <source>No open deadline changes its date.</source>
        <translation>Ningún plazo abierto cambia de fecha.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/recomputation_preview.py" line="139"/>
        <source>1 open deadline changes its date. Untick it to leave it as is.</source>
        <translation>1 plazo abierto cambia de fecha. Desmárquelo para dejarlo como está.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casetracker/ui/deadlines/recomputation_preview.py" line="142"/>
        <source>%n open deadlines change their date. Untick those to leave as they are.</source>
        <translation>
            <numerusform>%n plazo abierto cambia de fecha. Desmarque el que quiera dejar como está.</numerusform>
            <numerusform>%n plazos abiertos cambian de fecha. Desmarque los que quiera dejar como están.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/recomputation_preview.py" line="150"/>
        <source>Deadlines that move</source>
        <translation>Plazos que cambian</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/recomputation_preview.py" line="167"/>
        <source>How the new &amp;date is computed:</source>
        <translation>Cómo se calcula la nueva &amp;fecha:</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/recomputation_preview.py" line="183"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/recomputation_preview.py" line="184"/>
        <source>Back to the closure</source>
        <translation>Volver al cierre</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/recomputation_preview.py" line="187"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/recomputation_preview.py" line="220"/>
        <source>Add closure and move 1 deadline</source>
        <translation>Añadir cierre y mover 1 plazo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casetracker/ui/deadlines/recomputation_preview.py" line="221"/>
        <source>Add closure and move %n deadlines</source>
        <translation>
            <numerusform>Añadir cierre y mover %n plazo</numerusform>
            <numerusform>Añadir cierre y mover %n plazos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/recomputation_preview.py" line="224"/>
        <source>Remove closure and move 1 deadline</source>
        <translation>Quitar cierre y mover 1 plazo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casetracker/ui/deadlines/recomputation_preview.py" line="225"/>
        <source>Remove closure and move %n deadlines</source>
        <translation>
            <numerusform>Quitar cierre y mover %n plazo</numerusform>
            <numerusform>Quitar cierre y mover %n plazos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <location filename="../../src/casetracker/ui/case_view/_record_tab.py" line="63"/>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/_record_tab.py" line="64"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/case_view/_record_tab.py" line="65"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../src/casetracker/ui/safety/recovery.py" line="49"/>
        <source>today %1</source>
        <translation>hoy a las %1</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/recovery.py" line="51"/>
        <source>yesterday %1</source>
        <translation>ayer a las %1</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/recovery.py" line="61"/>
        <source>1 day old</source>
        <translation>hace 1 día</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/recovery.py" line="63"/>
        <source>%1 days old</source>
        <translation>hace %1 días</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/recovery.py" line="69"/>
        <source>1 hour old</source>
        <translation>hace 1 hora</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/recovery.py" line="71"/>
        <source>%1 hours old</source>
        <translation>hace %1 horas</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/recovery.py" line="75"/>
        <source>1 minute old</source>
        <translation>hace 1 minuto</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/recovery.py" line="76"/>
        <source>%1 minutes old</source>
        <translation>hace %1 minutos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/recovery.py" line="82"/>
        <source>from %1, %2</source>
        <translation>de %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/recovery.py" line="108"/>
        <source>The database is damaged</source>
        <translation>La base de datos está dañada</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/recovery.py" line="110"/>
        <source>The database file %1 is damaged.</source>
        <translation>El archivo de base de datos %1 está dañado.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/recovery.py" line="112"/>
        <source>casetracker left the file exactly as it was: nothing in it was changed or deleted.</source>
        <translation>casetracker dejó el archivo exactamente como estaba: no se modificó ni se eliminó nada.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/recovery.py" line="119"/>
        <source>The newest good backup is %1 and holds %2 cases. Restoring it puts the damaged file aside under a new name, so nothing is lost; changes made after the backup are not in it.</source>
        <translation>La copia de seguridad buena más reciente es %1 y contiene %2 expedientes. Al restaurarla, el archivo dañado se aparta con otro nombre, así que no se pierde nada; los cambios hechos después de la copia no están en ella.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/recovery.py" line="129"/>
        <source>No good backup was found. Copy the file somewhere safe before anything else, and ask for help: much of it can usually be recovered.</source>
        <translation>No se encontró ninguna copia de seguridad buena. Antes que nada, copie el archivo a un lugar seguro y pida ayuda: por lo general se puede recuperar gran parte.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/recovery.py" line="136"/>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/recovery.py" line="137"/>
        <source>SQLite says: %1</source>
        <translation>SQLite indica: %1</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/recovery.py" line="140"/>
        <source>Backup: %1</source>
        <translation>Copia de seguridad: %1</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/recovery.py" line="146"/>
        <source>Restore this backup</source>
        <translation>Restaurar esta copia</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/recovery.py" line="152"/>
        <source>Keep it open</source>
        <translation>Mantenerla abierta</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/recovery.py" line="157"/>
        <source>Quit casetracker</source>
        <translation>Salir de casetracker</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/recovery.py" line="179"/>
        <source>%1 is already open in another casetracker.</source>
        <translation>%1 ya está abierta en otro casetracker.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/recovery.py" line="184"/>
        <source>%1 is already open in casetracker: %2 has had it open on the computer %3 since %4 (process %5).</source>
        <translation>%1 ya está abierta en casetracker: %2 la tiene abierta en la computadora %3 desde %4 (proceso %5).</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/recovery.py" line="195"/>
        <source>Close it there first, then start casetracker again: two programs writing to one database at the same time could damage it.</source>
        <translation>Ciérrela allí primero y luego vuelva a iniciar casetracker: dos programas que escriben a la vez en una base de datos podrían dañarla.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/recovery.py" line="206"/>
        <source>The database is in use</source>
        <translation>La base de datos está en uso</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/recovery.py" line="220"/>
        <source>The database is inside a %1 folder. The sync program copies the file and its journal separately, and can damage it or bring back old versions.</source>
        <translation>La base de datos está dentro de una carpeta de %1. El programa de sincronización copia el archivo y su diario por separado, y puede dañarlo o traer de vuelta versiones antiguas.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/recovery.py" line="229"/>
        <source>The database is on a network drive (%1). File locking there is unreliable, so two computers can write at once and damage it.</source>
        <translation>La base de datos está en una unidad de red (%1). Allí el bloqueo de archivos no es fiable, así que dos computadoras pueden escribir a la vez y dañarla.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/recovery.py" line="234"/>
        <source>Keep the database on this computer and back up into that folder instead: a backup is one finished file, which syncing cannot harm.</source>
        <translation>Mantenga la base de datos en esta computadora y guarde en esa carpeta las copias de seguridad: una copia es un archivo terminado, que la sincronización no puede dañar.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/recovery.py" line="248"/>
        <source>A risky place for the database</source>
        <translation>Un lugar riesgoso para la base de datos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/recovery.py" line="249"/>
        <source>This database is in a folder where it can be damaged.</source>
        <translation>Esta base de datos está en una carpeta donde puede dañarse.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/recovery.py" line="252"/>
        <source>Move it to this computer…</source>
        <translation>Trasladarla a esta computadora…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/recovery.py" line="254"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/recovery.py" line="272"/>
        <source>Where on this computer?</source>
        <translation>¿En qué lugar de esta computadora?</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/recovery.py" line="274"/>
        <source>casetracker databases (*.sqlite3)</source>
        <translation>Bases de datos de casetracker (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/recovery.py" line="282"/>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 ya existe; elija otro nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/recovery.py" line="286"/>
        <source>%1 is in a synced or network folder too; choose a folder on this computer.</source>
        <translation>%1 también es una carpeta sincronizada o de red; elija una carpeta de esta computadora.</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <location filename="../../src/casetracker/ui/reference_dialog.py" line="118"/>
        <source>Courts and matters</source>
        <translation>Órganos jurisdiccionales y temas</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/reference_dialog.py" line="123"/>
        <source>Courts</source>
        <translation>Órganos jurisdiccionales</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/reference_dialog.py" line="124"/>
        <source>Matters</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/reference_dialog.py" line="126"/>
        <source>&amp;Courts</source>
        <translation>Ó&amp;rganos jurisdiccionales</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/reference_dialog.py" line="127"/>
        <source>&amp;Matters</source>
        <translation>&amp;Temas</translation>
    </message>
</context>
<context>
    <name>ReminderTableModel</name>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/reminders_dialog.py" line="60"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/reminders_dialog.py" line="61"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/reminders_dialog.py" line="62"/>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/reminders_dialog.py" line="63"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/reminders_dialog.py" line="64"/>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/reminders_dialog.py" line="74"/>
        <source>Other side: %1</source>
        <translation>Otra parte: %1</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/reminders_dialog.py" line="117"/>
        <source>Deadline reminders</source>
        <translation>Recordatorio de plazos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/reminders_dialog.py" line="126"/>
        <source>Deadlines to attend to</source>
        <translation>Plazos por atender</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/reminders_dialog.py" line="144"/>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/reminders_dialog.py" line="145"/>
        <source>Mark &amp;done</source>
        <translation>Marcar &amp;cumplido</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/reminders_dialog.py" line="146"/>
        <source>Mark &amp;missed</source>
        <translation>Marcar &amp;vencido sin cumplir</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/reminders_dialog.py" line="147"/>
        <source>&amp;Waive</source>
        <translation>&amp;Renunciar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/reminders_dialog.py" line="148"/>
        <source>&amp;Open case</source>
        <translation>&amp;Abrir caso</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/reminders_dialog.py" line="149"/>
        <source>Open case</source>
        <translation>Abrir caso</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/reminders_dialog.py" line="159"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/reminders_dialog.py" line="182"/>
        <source>Set the selected deadline&apos;s status to “%1”</source>
        <translation>Poner el plazo seleccionado en estado «%1»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casetracker/ui/deadlines/reminders_dialog.py" line="208"/>
        <source>%n of the other side&apos;s periods to watch</source>
        <translation>
            <numerusform>%n plazo de la otra parte por vigilar</numerusform>
            <numerusform>%n plazos de la otra parte por vigilar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/reminders_dialog.py" line="216"/>
        <source>%1: nothing is overdue or due within the next working day.</source>
        <translation>%1: nada vencido ni por vencer el próximo día hábil.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casetracker/ui/deadlines/reminders_dialog.py" line="219"/>
        <source>%1: nothing is overdue or due within the next %n working days.</source>
        <translation>
            <numerusform>%1: nada vencido ni por vencer en el próximo %n día hábil.</numerusform>
            <numerusform>%1: nada vencido ni por vencer en los próximos %n días hábiles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/reminders_dialog.py" line="227"/>
        <source>1 overdue deadline</source>
        <translation>1 plazo vencido</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casetracker/ui/deadlines/reminders_dialog.py" line="228"/>
        <source>%n overdue deadlines</source>
        <translation>
            <numerusform>%n plazo vencido</numerusform>
            <numerusform>%n plazos vencidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casetracker/ui/deadlines/reminders_dialog.py" line="232"/>
        <source>%n due within 1 working day</source>
        <translation>
            <numerusform>%n vence en 1 día hábil</numerusform>
            <numerusform>%n vencen en 1 día hábil</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/reminders_dialog.py" line="234"/>
        <source>%1 due within %2 working days</source>
        <translation>%1 por vencer en %2 días hábiles</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/reminders_dialog.py" line="262"/>
        <source>no expediente number</source>
        <translation>sin número de expediente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/reminders_dialog.py" line="268"/>
        <source>No computation is stored for this deadline: its date was entered by hand.</source>
        <translation>Este plazo no tiene cómputo guardado: su fecha se ingresó a mano.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/reminders_dialog.py" line="282"/>
        <source>“%1” is now %2.</source>
        <translation>«%1» quedó como: %2.</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../../src/casetracker/ui/forms/rule_dialog.py" line="47"/>
        <source>Edit rule</source>
        <translation>Editar regla</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/rule_dialog.py" line="47"/>
        <source>New rule</source>
        <translation>Nueva regla</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/rule_dialog.py" line="50"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/rule_dialog.py" line="51"/>
        <source>procedure.what, e.g. amparo.allegations</source>
        <translation>proceso.qué, p. ej. amparo.alegatos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/rule_dialog.py" line="52"/>
        <source>Name in Spanish</source>
        <translation>Nombre en castellano</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/rule_dialog.py" line="53"/>
        <source>Name in English</source>
        <translation>Nombre en inglés</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/rule_dialog.py" line="60"/>
        <source>Procedures</source>
        <translation>Procesos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/rule_dialog.py" line="64"/>
        <source>Who must act</source>
        <translation>Quién debe actuar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/rule_dialog.py" line="74"/>
        <source>One row per law that set the period: the version in force on the day of the notification applies. Leave From empty for &apos;always before&apos;, To empty for &apos;still in force&apos;.</source>
        <translation>Una fila por cada norma que fijó el plazo: se aplica la versión vigente el día de la notificación. Deje «Desde» vacío para «siempre antes» y «Hasta» vacío para «vigente».</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/rule_dialog.py" line="78"/>
        <source>Law versions</source>
        <translation>Versiones normativas</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/rule_dialog.py" line="70"/>
        <source>Counted from</source>
        <translation>Se cuenta desde</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/rule_dialog.py" line="71"/>
        <source>Event in Spanish</source>
        <translation>Hecho en castellano</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/rule_dialog.py" line="80"/>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/rule_dialog.py" line="80"/>
        <source>Propose and apply this rule</source>
        <translation>Proponer y aplicar esta regla</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/rule_dialog.py" line="82"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/rule_dialog.py" line="137"/>
        <source>Tick at least one procedure.</source>
        <translation>Marque al menos un proceso.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/rule_dialog.py" line="140"/>
        <source>A rule with this key exists already: edit that rule.</source>
        <translation>Ya existe una regla con esta clave: edite esa regla.</translation>
    </message>
</context>
<context>
    <name>RuleVersions</name>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rule_versions_editor.py" line="33"/>
        <source>Law</source>
        <translation>Norma</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rule_versions_editor.py" line="34"/>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rule_versions_editor.py" line="35"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rule_versions_editor.py" line="36"/>
        <source>Counted in</source>
        <translation>Se cuenta en</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rule_versions_editor.py" line="37"/>
        <source>From (YYYY-MM-DD)</source>
        <translation>Desde (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rule_versions_editor.py" line="38"/>
        <source>To (YYYY-MM-DD)</source>
        <translation>Hasta (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rule_versions_editor.py" line="39"/>
        <source>Certainty</source>
        <translation>Certeza</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rule_versions_editor.py" line="40"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>RuleVersionsEditor</name>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rule_versions_editor.py" line="58"/>
        <source>Law versions of the rule</source>
        <translation>Versiones normativas de la regla</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rule_versions_editor.py" line="67"/>
        <source>Add &amp;version</source>
        <translation>Añadir &amp;versión</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rule_versions_editor.py" line="68"/>
        <source>Add version</source>
        <translation>Añadir versión</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rule_versions_editor.py" line="71"/>
        <location filename="../../src/casetracker/ui/deadlines/rule_versions_editor.py" line="72"/>
        <source>Remove version</source>
        <translation>Quitar versión</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rule_versions_editor.py" line="111"/>
        <source>Counted in</source>
        <translation>Se cuenta en</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rule_versions_editor.py" line="117"/>
        <source>Certainty</source>
        <translation>Certeza</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rule_versions_editor.py" line="141"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rule_versions_editor.py" line="144"/>
        <source>Add at least one version.</source>
        <translation>Añada al menos una versión.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rule_versions_editor.py" line="150"/>
        <source>name the law (e.g. Ley 31307 or CPC)</source>
        <translation>indique la norma (p. ej., Ley 31307 o CPC)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rule_versions_editor.py" line="152"/>
        <source>the length must be a whole number</source>
        <translation>la duración debe ser un número entero</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rule_versions_editor.py" line="177"/>
        <source>%1 is not a date; type it as YYYY-MM-DD</source>
        <translation>%1 no es una fecha; escríbala como AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rule_versions_editor.py" line="43"/>
        <location filename="../../src/casetracker/ui/deadlines/rules_dialog.py" line="54"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rule_versions_editor.py" line="44"/>
        <location filename="../../src/casetracker/ui/deadlines/rules_dialog.py" line="55"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rule_versions_editor.py" line="45"/>
        <location filename="../../src/casetracker/ui/deadlines/rules_dialog.py" line="56"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rules_dialog.py" line="59"/>
        <source>The period is settled law.</source>
        <translation>El plazo es pacífico.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rules_dialog.py" line="60"/>
        <source>Check the period in the norm before relying on it.</source>
        <translation>Verifique el plazo en la norma antes de confiar en él.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rules_dialog.py" line="66"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rules_dialog.py" line="67"/>
        <source>No (disabled)</source>
        <translation>No (desactivada)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rules_dialog.py" line="70"/>
        <source>Shipped</source>
        <translation>De fábrica</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rules_dialog.py" line="71"/>
        <source>Edited</source>
        <translation>Editada</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rules_dialog.py" line="72"/>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/forms/rule_dialog.py" line="34"/>
        <source>Every civil procedure</source>
        <translation>Todo proceso civil</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rules_dialog.py" line="62"/>
        <source>The period is disputed or not verified: check the norm and the court&apos;s practice.</source>
        <translation>El plazo es discutido o no está verificado: verifique la norma y la práctica del órgano.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rules_dialog.py" line="95"/>
        <source>+%1 earlier</source>
        <translation>+%1 ant.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rules_dialog.py" line="148"/>
        <location filename="../../src/casetracker/ui/deadlines/rules_dialog.py" line="162"/>
        <source>Deadline rules</source>
        <translation>Reglas de plazos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rules_dialog.py" line="150"/>
        <source>Filter by name, procedure or legal basis…</source>
        <translation>Filtrar por nombre, proceso o base legal…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rules_dialog.py" line="151"/>
        <source>Filter rules</source>
        <translation>Filtrar reglas</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rules_dialog.py" line="167"/>
        <source>&amp;Add rule…</source>
        <translation>&amp;Añadir regla…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rules_dialog.py" line="168"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rules_dialog.py" line="169"/>
        <location filename="../../src/casetracker/ui/deadlines/rules_dialog.py" line="231"/>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rules_dialog.py" line="170"/>
        <location filename="../../src/casetracker/ui/deadlines/rules_dialog.py" line="235"/>
        <source>&amp;Reset to shipped</source>
        <translation>&amp;Restablecer la de fábrica</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rules_dialog.py" line="177"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rules_dialog.py" line="231"/>
        <source>E&amp;nable</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rules_dialog.py" line="233"/>
        <source>De&amp;lete my rule</source>
        <translation>E&amp;liminar mi regla</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/deadlines/rules_dialog.py" line="270"/>
        <source>This cannot be undone.</source>
        <translation>No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>SearchFilters</name>
    <message>
        <location filename="../../src/casetracker/ui/search_filters.py" line="35"/>
        <source>Any case</source>
        <translation>Cualquier caso</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/search_filters.py" line="36"/>
        <source>Only in the case</source>
        <translation>Solo en el caso</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/search_filters.py" line="38"/>
        <source>Only this kind of record</source>
        <translation>Solo este tipo de registro</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/search_filters.py" line="39"/>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/search_filters.py" line="43"/>
        <source>Documents dated from</source>
        <translation>Documentos con fecha desde</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/search_filters.py" line="45"/>
        <source>Documents dated up to</source>
        <translation>Documentos con fecha hasta</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/search_filters.py" line="46"/>
        <source>Clear limits</source>
        <translation>Quitar límites</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/search_filters.py" line="50"/>
        <source>Ca&amp;se:</source>
        <translation>&amp;Caso:</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/search_filters.py" line="52"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/search_filters.py" line="54"/>
        <source>Documents fro&amp;m:</source>
        <translation>Documentos &amp;desde:</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/search_filters.py" line="56"/>
        <source>&amp;to:</source>
        <translation>&amp;hasta:</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../src/casetracker/ui/search_panel.py" line="59"/>
        <source>Cases</source>
        <translation>Expedientes</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/search_panel.py" line="60"/>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/search_panel.py" line="61"/>
        <source>Filings</source>
        <translation>Escritos y actuados</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/search_panel.py" line="62"/>
        <source>Hearings</source>
        <translation>Audiencias</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/search_panel.py" line="63"/>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/search_panel.py" line="64"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/search_panel.py" line="65"/>
        <source>Matters</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/search_panel.py" line="66"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/search_panel.py" line="289"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/search_panel.py" line="291"/>
        <source>Search cases, parties, filings, notes…</source>
        <translation>Buscar expedientes, partes, escritos, notas…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/search_panel.py" line="292"/>
        <source>Search text</source>
        <translation>Texto a buscar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/search_panel.py" line="301"/>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/search_panel.py" line="312"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/search_panel.py" line="328"/>
        <source>Type to search; accents and capitals do not matter.</source>
        <translation>Escriba para buscar; no importan tildes ni mayúsculas.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/search_panel.py" line="360"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/search_panel.py" line="375"/>
        <source>Nothing found for “%1”.</source>
        <translation>No se encontró nada para «%1».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casetracker/ui/search_panel.py" line="378"/>
        <source>The best %n results; type more words to narrow them.</source>
        <translation>
            <numerusform>El mejor resultado; escriba más palabras para afinar.</numerusform>
            <numerusform>Los %n mejores resultados; escriba más palabras para afinar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/search_panel.py" line="381"/>
        <source>1 result</source>
        <translation>1 resultado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/casetracker/ui/search_panel.py" line="383"/>
        <source>%n results</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/search_panel.py" line="389"/>
        <source>The search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
</context>
<context>
    <name>ServerPassword</name>
    <message>
        <location filename="../../src/casetracker/ui/safety/server_password.py" line="53"/>
        <source>The server refused this password. Try again.</source>
        <translation>El servidor rechazó esta contraseña. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/server_password.py" line="60"/>
        <source>Password for %1:</source>
        <translation>Contraseña de %1:</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/server_password.py" line="65"/>
        <source>Connect to the server</source>
        <translation>Conectarse al servidor</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../src/casetracker/ui/settings.py" line="82"/>
        <source>Your name in the history</source>
        <translation>Su nombre en el historial</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/settings.py" line="84"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/settings.py" line="86"/>
        <source>Lawyer&apos;s name</source>
        <translation>Nombre del abogado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/settings.py" line="92"/>
        <source>Bar registration number</source>
        <translation>Número de colegiatura</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/settings.py" line="98"/>
        <source>Folder of the team&apos;s document templates</source>
        <translation>Carpeta de las plantillas de documentos del equipo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/settings.py" line="101"/>
        <source>Default court</source>
        <translation>Órgano jurisdiccional por defecto</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/settings.py" line="107"/>
        <source>Remind me of deadlines this many working days ahead</source>
        <translation>Avisarme de los plazos con estos días hábiles de anticipación</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/settings.py" line="113"/>
        <source>Lock a protected database after this many idle minutes</source>
        <translation>Bloquear una base protegida tras estos minutos sin actividad</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/settings.py" line="122"/>
        <source>Window position</source>
        <translation>Posición de la ventana</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/settings.py" line="125"/>
        <source>Window layout</source>
        <translation>Disposición de la ventana</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/settings.py" line="128"/>
        <source>Last page</source>
        <translation>Última página</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/settings.py" line="131"/>
        <source>Last case opened</source>
        <translation>Último expediente abierto</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/settings.py" line="134"/>
        <source>Case list columns</source>
        <translation>Columnas de la lista de expedientes</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/settings.py" line="140"/>
        <source>Kind of the last filing entered</source>
        <translation>Tipo del último escrito ingresado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/settings.py" line="146"/>
        <source>Reminders already seen, per database</source>
        <translation>Recordatorios ya vistos, por base de datos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/settings.py" line="119"/>
        <source>Server connection</source>
        <translation>Conexión al servidor</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../src/casetracker/ui/app.py" line="155"/>
        <source>casetracker cannot open this database. Nothing in it was changed.</source>
        <translation>casetracker no puede abrir esta base de datos. No se modificó nada en ella.</translation>
    </message>
</context>
<context>
    <name>SyncReminder</name>
    <message>
        <location filename="../../src/casetracker/ui/field/sync_reminder.py" line="90"/>
        <source>The office can be reached</source>
        <translation>La oficina está al alcance</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/sync_reminder.py" line="92"/>
        <source>The office can be reached, and 1 change here is not synchronised.</source>
        <translation>La oficina está al alcance, y 1 cambio de aquí no está sincronizado.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/sync_reminder.py" line="95"/>
        <source>The office can be reached, and %1 changes here are not synchronised.</source>
        <translation>La oficina está al alcance, y %1 cambios de aquí no están sincronizados.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/sync_reminder.py" line="98"/>
        <source>&amp;Synchronise now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/field/sync_reminder.py" line="99"/>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../src/casetracker/ui/briefs/template_dialog.py" line="56"/>
        <source>Fill a team template</source>
        <translation>Llenar una plantilla del equipo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/template_dialog.py" line="59"/>
        <source>Template folder</source>
        <translation>Carpeta de plantillas</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/template_dialog.py" line="60"/>
        <source>&amp;Folder…</source>
        <translation>&amp;Carpeta…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/template_dialog.py" line="61"/>
        <source>Choose the template folder</source>
        <translation>Elegir la carpeta de plantillas</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/template_dialog.py" line="64"/>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/template_dialog.py" line="68"/>
        <source>Filing</source>
        <translation>Escrito o actuado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/template_dialog.py" line="69"/>
        <source>— none (the case only) —</source>
        <translation>— ninguno (solo el expediente) —</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/template_dialog.py" line="74"/>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/template_dialog.py" line="75"/>
        <source>Court copy (names shown)</source>
        <translation>Copia para el juzgado (con nombres)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/template_dialog.py" line="76"/>
        <source>Public copy (protected parties redacted)</source>
        <translation>Copia pública (partes protegidas reservadas)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/template_dialog.py" line="82"/>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/template_dialog.py" line="91"/>
        <source>Filing:</source>
        <translation>Escrito o actuado:</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/template_dialog.py" line="92"/>
        <source>Copy:</source>
        <translation>Copia:</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/template_dialog.py" line="108"/>
        <source>Folder of the team&apos;s templates</source>
        <translation>Carpeta de las plantillas del equipo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/template_dialog.py" line="127"/>
        <source>Choose the folder where the team keeps its templates.</source>
        <translation>Elija la carpeta donde el equipo guarda sus plantillas.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/template_dialog.py" line="133"/>
        <source>%1 (cannot be used)</source>
        <translation>%1 (no se puede usar)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/template_dialog.py" line="175"/>
        <source>Fill in: %1</source>
        <translation>Complete: %1</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/template_dialog.py" line="180"/>
        <source>Save document</source>
        <translation>Guardar documento</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/template_dialog.py" line="181"/>
        <source>Word document (*.docx);;PDF document (*.pdf)</source>
        <translation>Documento de Word (*.docx);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/template_dialog.py" line="197"/>
        <source>Saving “%1”…</source>
        <translation>Guardando «%1»…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/template_dialog.py" line="203"/>
        <source>Saved “%1”.</source>
        <translation>Guardado «%1».</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/briefs/template_dialog.py" line="207"/>
        <source>Not saved.</source>
        <translation>No se guardó.</translation>
    </message>
</context>
<context>
    <name>TimelineScene</name>
    <message>
        <location filename="../../src/casetracker/ui/timeline/timeline_scene.py" line="181"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/timeline/timeline_scene.py" line="233"/>
        <source>Overdue: %1</source>
        <translation>Vencido: %1</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/timeline/timeline_scene.py" line="260"/>
        <source>%1, overdue</source>
        <translation>%1, vencido</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/timeline/timeline_scene.py" line="264"/>
        <source>Case: %1</source>
        <translation>Expediente: %1</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/timeline/timeline_scene.py" line="278"/>
        <source>No filings, hearings or deadlines yet.</source>
        <translation>Aún no hay escritos, audiencias ni plazos.</translation>
    </message>
</context>
<context>
    <name>TimelineStyle</name>
    <message>
        <location filename="../../src/casetracker/ui/timeline/timeline_style.py" line="64"/>
        <source>Filing</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/timeline/timeline_style.py" line="67"/>
        <source>Court resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/timeline/timeline_style.py" line="70"/>
        <source>Notification</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/timeline/timeline_style.py" line="73"/>
        <source>Hearing</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/timeline/timeline_style.py" line="76"/>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../src/casetracker/ui/timeline/timeline_view.py" line="103"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/timeline/timeline_view.py" line="110"/>
        <source>Timeline chart</source>
        <translation>Gráfico de la cronología</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/timeline/timeline_view.py" line="112"/>
        <source>Left and Right move between events, Enter opens the case, plus and minus zoom, 0 shows everything.</source>
        <translation>Izquierda y Derecha recorren los hechos, Intro abre el expediente, más y menos acercan o alejan, 0 muestra todo.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/timeline/timeline_view.py" line="118"/>
        <source>Choose a case or a matter to see its timeline.</source>
        <translation>Elija un expediente o un tema para ver su cronología.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/timeline/timeline_view.py" line="124"/>
        <source>Selected event</source>
        <translation>Hecho seleccionado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/timeline/timeline_view.py" line="126"/>
        <source>Zoom out (-)</source>
        <translation>Alejar (-)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/timeline/timeline_view.py" line="127"/>
        <source>Zoom in (+)</source>
        <translation>Acercar (+)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/timeline/timeline_view.py" line="128"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/timeline/timeline_view.py" line="128"/>
        <source>Show the whole period (0)</source>
        <translation>Mostrar todo el periodo (0)</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/timeline/timeline_view.py" line="150"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/timeline/timeline_view.py" line="152"/>
        <source>Hollow: held, done or cancelled</source>
        <translation>Hueco: realizada, cumplido o cancelada</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/timeline/timeline_view.py" line="219"/>
        <source>This case or matter no longer exists.</source>
        <translation>Este expediente o tema ya no existe.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/timeline/timeline_view.py" line="348"/>
        <source>Click an event, or use Left and Right, to select it; Enter opens its case. Ctrl+wheel zooms.</source>
        <translation>Haga clic en un hecho, o use Izquierda y Derecha, para seleccionarlo; Intro abre su expediente. Ctrl+rueda acerca o aleja.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../src/casetracker/ui/undo.py" line="28"/>
        <source>Case deleted</source>
        <translation>Expediente eliminado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/undo.py" line="29"/>
        <source>Filing deleted</source>
        <translation>Escrito o actuado eliminado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/undo.py" line="30"/>
        <source>Hearing deleted</source>
        <translation>Audiencia eliminada</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/undo.py" line="31"/>
        <source>Deadline deleted</source>
        <translation>Plazo eliminado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/undo.py" line="32"/>
        <source>Note deleted</source>
        <translation>Nota eliminada</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/undo.py" line="33"/>
        <source>Party removed from the case</source>
        <translation>Parte quitada del expediente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/undo.py" line="34"/>
        <source>Attachment deleted</source>
        <translation>Anexo eliminado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/undo.py" line="37"/>
        <source>Case restored</source>
        <translation>Expediente restaurado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/undo.py" line="38"/>
        <source>Filing restored</source>
        <translation>Escrito o actuado restaurado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/undo.py" line="39"/>
        <source>Hearing restored</source>
        <translation>Audiencia restaurada</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/undo.py" line="40"/>
        <source>Deadline restored</source>
        <translation>Plazo restaurado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/undo.py" line="41"/>
        <source>Note restored</source>
        <translation>Nota restaurada</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/undo.py" line="42"/>
        <source>Party back in the case</source>
        <translation>La parte vuelve al expediente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/undo.py" line="43"/>
        <source>Attachment restored</source>
        <translation>Anexo restaurado</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../src/casetracker/ui/safety/auto_lock.py" line="62"/>
        <source>casetracker is locked</source>
        <translation>casetracker está bloqueado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/auto_lock.py" line="64"/>
        <source>Enter the passphrase to show the cases again.</source>
        <translation>Escriba la frase de contraseña para volver a mostrar los casos.</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/auto_lock.py" line="67"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/auto_lock.py" line="70"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/safety/auto_lock.py" line="83"/>
        <source>The passphrase is wrong.</source>
        <translation>La frase de contraseña no es correcta.</translation>
    </message>
</context>
<context>
    <name>WorkingDayCheck</name>
    <message>
        <location filename="../../src/casetracker/ui/forms/working_day_check.py" line="52"/>
        <source>Not a working day for this court: %1. Save again to keep this date.</source>
        <translation>No es día hábil para este órgano: %1. Guarde de nuevo para mantener esta fecha.</translation>
    </message>
</context>
<context>
    <name>_ListTab</name>
    <message>
        <location filename="../../src/casetracker/ui/reference_dialog.py" line="74"/>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/reference_dialog.py" line="74"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/reference_dialog.py" line="75"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/reference_dialog.py" line="106"/>
        <source>This cannot be undone.</source>
        <translation>Esto no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="14"/>
        <source>Amparo</source>
        <translation>Amparo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="15"/>
        <source>Habeas corpus</source>
        <translation>Hábeas corpus</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="16"/>
        <source>Habeas data</source>
        <translation>Hábeas data</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="17"/>
        <source>Compliance action</source>
        <translation>Proceso de cumplimiento</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="18"/>
        <source>Popular action</source>
        <translation>Acción popular</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="19"/>
        <source>Unconstitutionality claim</source>
        <translation>Proceso de inconstitucionalidad</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="20"/>
        <source>Jurisdictional conflict</source>
        <translation>Proceso competencial</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="21"/>
        <source>Ordinary civil (conocimiento)</source>
        <translation>Proceso de conocimiento</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="22"/>
        <source>Abbreviated civil (abreviado)</source>
        <translation>Proceso abreviado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="23"/>
        <source>Summary civil (sumarísimo)</source>
        <translation>Proceso sumarísimo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="24"/>
        <source>Administrative litigation</source>
        <translation>Proceso contencioso administrativo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="25"/>
        <source>Interim measure</source>
        <translation>Medida cautelar</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="26"/>
        <source>Criminal</source>
        <translation>Proceso penal</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="27"/>
        <source>Labour</source>
        <translation>Proceso laboral</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="28"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="30"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="31"/>
        <source>Filed</source>
        <translation>Presentado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="32"/>
        <source>Admitted</source>
        <translation>Admitido</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="33"/>
        <source>In progress</source>
        <translation>En trámite</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="34"/>
        <source>Decided</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="35"/>
        <source>On appeal</source>
        <translation>En apelación</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="36"/>
        <source>Closed</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="38"/>
        <source>Appeal of</source>
        <translation>Apelación de</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="39"/>
        <source>Incidente of</source>
        <translation>Incidente de</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="40"/>
        <source>Related to</source>
        <translation>Relacionado con</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="42"/>
        <source>Justice of the peace</source>
        <translation>Juzgado de paz</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="43"/>
        <source>First instance</source>
        <translation>Primera instancia</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="44"/>
        <source>Superior chamber</source>
        <translation>Sala superior</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="45"/>
        <source>Supreme Court</source>
        <translation>Corte Suprema</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="46"/>
        <source>Constitutional Court</source>
        <translation>Tribunal Constitucional</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="48"/>
        <source>Person</source>
        <translation>Persona natural</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="49"/>
        <source>Organisation</source>
        <translation>Persona jurídica</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="51"/>
        <source>Plaintiff</source>
        <translation>Demandante</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="52"/>
        <source>Defendant</source>
        <translation>Demandado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="53"/>
        <source>Third party</source>
        <translation>Tercero</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="54"/>
        <source>Counsel</source>
        <translation>Abogado patrocinante</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="55"/>
        <source>Amicus curiae</source>
        <translation>Amicus curiae</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="56"/>
        <source>Judge</source>
        <translation>Juez</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="57"/>
        <source>Prosecutor</source>
        <translation>Fiscal</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="58"/>
        <source>State attorney (procurador)</source>
        <translation>Procurador público</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="59"/>
        <source>Witness</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="61"/>
        <source>Claim</source>
        <translation>Demanda</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="62"/>
        <source>Answer</source>
        <translation>Contestación</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="63"/>
        <source>Brief (escrito)</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="64"/>
        <source>Court resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="65"/>
        <source>Appeal</source>
        <translation>Recurso de apelación</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="66"/>
        <source>Notification</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="67"/>
        <source>Evidence</source>
        <translation>Medio probatorio</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="69"/>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="70"/>
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="71"/>
        <source>Postponed</source>
        <translation>Reprogramada</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="72"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="74"/>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="75"/>
        <source>Done</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="76"/>
        <source>Missed</source>
        <translation>Vencido sin cumplir</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="77"/>
        <source>Waived</source>
        <translation>Renunciado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="79"/>
        <source>Answer to the claim</source>
        <translation>Contestación de la demanda</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="80"/>
        <source>Recurso de agravio constitucional</source>
        <translation>Recurso de agravio constitucional</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="81"/>
        <source>Reply to a transfer (absolución)</source>
        <translation>Absolución de traslado</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="82"/>
        <source>Closing arguments (alegatos)</source>
        <translation>Alegatos</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="83"/>
        <source>Request for oral argument</source>
        <translation>Pedido de informe oral</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="84"/>
        <source>Appearance (apersonamiento)</source>
        <translation>Apersonamiento</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="85"/>
        <source>Gives an electronic inbox</source>
        <translation>Señala casilla electrónica</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="86"/>
        <source>Change of procedural address</source>
        <translation>Variación de domicilio procesal</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="87"/>
        <source>Request for copies</source>
        <translation>Solicita copias</translation>
    </message>
    <message>
        <location filename="../../src/casetracker/ui/_enum_strings.py" line="88"/>
        <source>Other escrito</source>
        <translation>Escrito</translation>
    </message>
</context>
</TS>
