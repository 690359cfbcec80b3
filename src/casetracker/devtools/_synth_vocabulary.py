"""Words the synthetic-data generator draws from: names, places, courts and sumillas.

Everything here is invented or generic; no entry describes a real proceeding. Names
mix Spanish, Quechua and Aymara spellings on purpose (Ñ, accents, "Cc" clusters), so
that search, sorting and accent-insensitive matching meet what real files hold.
"""

from __future__ import annotations


def _listed(text: str, *, separator: str | None = None) -> tuple[str, ...]:
    """Long word lists are easier to read as running text."""
    return tuple(text.split(separator))


FIRST_NAMES = _listed(
    "Víctor Juana Óscar María José Rosa Ángel Inés Raúl Teófilo Máximo Agustín Sofía "
    "Lucía Ñusta Saturnino Eusebia Florentina Hilaria Cirilo Wilber Yesenia Nélida Héctor "
    "Efraín Rubén Zenón Celestino Fortunata Epifanía Dionisia Genaro Teodora Wálter Edwin "
    "Yuri Milagros Nilda Rocío Iván Julián Martín Rómulo Señorina Sabina Gregoria Isidro "
    "Tomasa Honorato Mamerto Fidel Ruth Elías Begoña Jesús Dámaso Leonor Anatolio Yolanda "
    "Flor Marcelina Mónica Santusa Melquiades Aurelio Bárbara Adrián Gastón Nazario"
)

SURNAMES = _listed(
    "Quispe Huamán Mamani Condori Ccoricasa Limaypuma Huillca Ccahuana Chambi Choque Apaza "
    "Ticona Cusi Yupanqui Huarcaya Sullca Taipe Ñaupari Chuquimia Huanca Puma Poma Coaquira "
    "Layme Pari Colque Ccama Auccapuma Quispecahuana Ccallo Huaccho Ccopa Inquilla Ayqui "
    "Cutipa Ñahui Quisocala Achahui Huallpa Ccasa Sonco Mayta Ccolque Huamaní Tupa Llacsa "
    "Gutiérrez Rodríguez Pérez Sánchez Ramírez Núñez Muñoz Ibáñez Castañeda Peña Zúñiga "
    "Álvarez Fernández López Martínez Gómez Díaz Chávez Vásquez Ríos Cárdenas Béjar "
    "Valdivia Salazar Ortiz Córdova Acuña Nieves Espinoza Oré Yáñez Montañez Arévalo"
)

# Places: comunidades campesinas and nativas, districts and provinces of the highlands
# and the Amazon where extractive conflicts are litigated.
COMMUNITIES = _listed(
    "Huancuire|Fuerabamba|Chuicuni|Pumamarca|Choaquere|Huinipampa|Alto Huancané|"
    "Tintaya Marquiri|Huano Huano|Ccollana|Chila|Ñuñunhuayo|Quehuincha|Cconccacca|"
    "Pacopata|Ccorca|Llallimayo|Huayllay|Alto Collpa|Ccaccahuara|Ñahuinlla|Sañu|"
    "Cañipía|Urinsaya|Anansaya|Queromarca|Pallpata|Huisa Ccollana|Tucsa|Chicñahui|"
    "San Martín de Alao|Chirikyacu|Wayku|Kachiyaku|Shapumba|Callanmarca|Ñaupamarca|"
    "Totoracocha|Huaylla Ñan|Qquehuar|Atalaya|Pampahuasi|Yanaoca|Chumpe|Uchucarcco",
    separator="|",
)

PROVINCES = _listed(
    "Cotabambas|Espinar|Chumbivilcas|Grau|Challhuahuacho|Tambobamba|Mara|Haquira|"
    "Santo Tomás|Colquemarca|Velille|Coporaque|Ayaviri|Melgar|Azángaro|Juliaca|Celendín|"
    "Bambamarca|Hualgayoc|Huari|San Marcos|Jauja|La Oroya|Yauli|Moyobamba|Lamas|"
    "Caylloma|Islay|Cocachacra|Andahuaylas|Chincheros|Huancané|Ñuñoa|Sicuani|Canas",
    separator="|",
)

RIVERS = _listed(
    "Salado|Ccañipía|Apurímac|Vilcanota|Ramis|Coata|Llallimayo|Mantaro|Marañón|"
    "Huallaga|Santa|Crisnejas|Challhuahuacho|Mayo|Tambo|Chumbao|Suches|Ñaña",
    separator="|",
)

# name, CEJ district code, seats as (code, name); codes follow the judiciary's
# numbering where the domain notes confirm it (03, 04, 10, 18, 21) and are
# plausible elsewhere.
DISTRICTS = (
    ("Amazonas", "01", (("01", "Chachapoyas"), ("03", "Bagua"))),
    ("Áncash", "02", (("01", "Huaraz"), ("04", "Huari"), ("06", "San Marcos"))),
    ("Apurímac", "03", (("01", "Abancay"), ("02", "Tambobamba"), ("05", "Chalhuahuacho"))),
    ("Arequipa", "04", (("01", "Arequipa"), ("07", "Cocachacra"), ("08", "Chivay"))),
    ("Ayacucho", "05", (("01", "Huamanga"), ("03", "Puquio"))),
    ("Cajamarca", "06", (("01", "Cajamarca"), ("04", "Celendín"), ("06", "Bambamarca"))),
    ("Cusco", "10", (("01", "Cusco"), ("09", "Espinar"), ("11", "Santo Tomás"))),
    ("Huancavelica", "11", (("01", "Huancavelica"),)),
    ("Junín", "15", (("01", "Huancayo"), ("06", "La Oroya"), ("02", "Jauja"))),
    ("La Libertad", "16", (("01", "Trujillo"), ("08", "Huamachuco"))),
    ("Lima", "18", (("01", "Lima"),)),
    ("Piura", "20", (("01", "Piura"), ("05", "Huancabamba"))),
    ("Puno", "21", (("01", "Puno"), ("02", "Juliaca"), ("06", "Azángaro"), ("08", "Ayaviri"))),
    ("San Martín", "22", (("01", "Moyobamba"), ("08", "Tarapoto"), ("05", "Lamas"))),
)

ORDINALS = ("Primer", "Segundo", "Tercer", "Cuarto")

STATE_BODIES = (
    "Policía Nacional del Perú",
    "Ministerio del Interior",
    "Ministerio de Energía y Minas",
    "Ministerio del Ambiente",
    "Organismo de Evaluación y Fiscalización Ambiental (OEFA)",
    "Autoridad Nacional del Agua",
    "Servicio Nacional de Certificación Ambiental (SENACE)",
    "Presidencia del Consejo de Ministros",
    "Congreso de la República",
    "Poder Ejecutivo",
)

PROCURADURIAS = (
    "Procuraduría Pública del Ministerio del Interior",
    "Procuraduría Pública del Ministerio de Energía y Minas",
    "Procuraduría Pública del Ministerio del Ambiente",
    "Procuraduría Pública Especializada en Materia Constitucional",
)

COMPANY_STEMS = _listed(
    "Qoriwayra|Andina del Sur|Huaylla Ñan|Cordillera Apurímac|Ccori Ccasa|Altiplano Cobre|"
    "Inti Raymi Metals|Pachatusan|Ausangate|Sierra Dorada|Yanacocha Sur|Antaccasa|"
    "Tunari|Kuntur|Suyu Minerals|Rumi Ñan|Chumpi|Hatun Orcco|Collpa Azul|Ñawpa Qori",
    separator="|",
)

COMPANY_FORMS = (
    "Compañía Minera {} S.A.C.",
    "Minera {} S.A.",
    "Inversiones Mineras {} S.A.C.",
    "Hidroeléctrica {} S.A.C.",
    "Empresa de Transportes {} S.R.L.",
    "Agroindustrial {} S.A.C.",
)

ORGANISATION_FORMS = (
    "Comunidad Campesina de {}",
    "Comunidad Campesina de {}",
    "Comunidad Campesina de {}",
    "Frente de Defensa de los Intereses de {}",
    "Asociación de Productores Agropecuarios de {}",
    "Ronda Campesina de {}",
    "Federación Unificada de Campesinos de {}",
    "Comunidad Nativa Kichwa de {}",
)

MUNICIPALITY_FORMS = ("Municipalidad Provincial de {}", "Municipalidad Distrital de {}")

COUNSEL_ORGANISATIONS = (
    "Instituto de Defensa Legal (IDL)",
    "EarthRights International",
    "Asociación Pro Derechos Humanos (APRODEH)",
    "CooperAcción",
    "Derechos Humanos Sin Fronteras",
    "Grupo de Formación e Intervención para el Desarrollo Sostenible (GRUFIDES)",
    "Derechos Humanos y Medio Ambiente (DHUMA)",
    "Instituto Internacional de Derecho y Sociedad (IIDS)",
    "Coordinadora Nacional de Derechos Humanos (CNDDHH)",
)

BAR_ASSOCIATIONS = ("CAL", "CAC", "CAA", "CAP", "CAJ", "CAAP")

SUBJECTS = (
    "convenio de seguridad con la Policía Nacional",
    "consulta previa del proyecto minero",
    "contaminación del río {river}",
    "servidumbre minera sobre tierras comunales",
    "derecho al agua de la comunidad",
    "criminalización de la protesta social",
    "acceso a la información pública",
    "titulación del territorio comunal",
    "declaratoria de estado de emergencia en {province}",
    "desalojo forzoso en {province}",
    "nulidad de la certificación ambiental",
    "salud de la población expuesta a metales pesados",
    "detención arbitraria de dirigentes",
    "uso de la fuerza en el corredor minero",
)

STAGES = {
    "draft": ("En preparación",),
    "filed": ("Calificación de la demanda", "Postulatoria"),
    "admitted": ("Postulatoria", "Saneamiento"),
    "in_progress": ("Probatoria", "Saneamiento", "Audiencia única", "Decisoria"),
    "decided": ("Sentencia de primera instancia", "Ejecución de sentencia"),
    "on_appeal": ("Impugnatoria", "Vista de la causa", "Recurso de agravio constitucional"),
    "closed": ("Archivado", "Concluido por sentencia firme", "Concluido por desistimiento"),
}

EXCEPTIONS = (
    "incompetencia",
    "falta de legitimidad para obrar del demandante",
    "prescripción extintiva",
    "falta de agotamiento de la vía administrativa",
    "litispendencia",
    "oscuridad o ambigüedad en el modo de proponer la demanda",
)

# In the order they come in a proceeding, from admission to archive.
DECISIONS = (
    "declara inadmisible la demanda y concede tres días para subsanar",
    "admite a trámite la demanda",
    "tiene por apersonado a {party}",
    "concede la medida cautelar de no innovar",
    "declara rebelde a {party}",
    "declara improcedente la excepción de {exception}",
    "requiere a {party} informar en el plazo de cinco días",
    "tiene presente lo expuesto por {party}",
    "señala fecha para la audiencia única",
    "declara fundada en parte la demanda",
    "declara infundada la demanda",
    "concede apelación con efecto suspensivo",
    "confirma la resolución apelada",
    "declara consentida la sentencia",
    "dispone el archivo definitivo del expediente",
)

BRIEF_ACTS = (
    "Apersonamiento y señala casilla electrónica N.º {number}",
    "Absuelve traslado de la excepción de {exception}",
    "Solicita se declare rebelde a {party}",
    "Téngase presente al momento de resolver",
    "Ofrece medio probatorio extemporáneo",
    "Solicita copias certificadas de lo actuado",
    "Solicita uso de la palabra para informe oral",
    "Formula alegatos",
    "Varía domicilio procesal",
    "Solicita impulso procesal",
    "Adjunta tasa judicial y cédulas de notificación",
    "Subsana la omisión advertida",
    "Delega facultades de representación a {lawyer}",
    "Solicita medida cautelar de no innovar",
    "Informa sobre hechos nuevos ocurridos en {place}",
)

EVIDENCE_ITEMS = (
    "Informe de monitoreo ambiental de {place}",
    "Acta de asamblea de la Comunidad Campesina de {place}",
    "Peritaje de parte sobre la calidad del agua del río {river}",
    "Copia del convenio de prestación de servicios extraordinarios",
    "Declaración jurada de {person}",
    "Registro fotográfico de la intervención policial en {place}",
    "Certificado médico legal de {person}",
)

OTHER_ITEMS = (
    "Oficio N.º {number}-{year}-OEFA remite información solicitada",
    "Informe de la Defensoría del Pueblo sobre el conflicto en {place}",
    "Razón del especialista legal sobre el estado del expediente",
    "Constancia de notificación electrónica SINOE",
)

HEARING_KINDS = (
    "Audiencia única",
    "Vista de la causa",
    "Informe oral",
    "Audiencia de saneamiento y conciliación",
    "Audiencia de pruebas",
    "Inspección judicial",
    "Audiencia de control de acusación",
)

NOTE_TEMPLATES = (
    "Coordinar con {person} la firma del escrito antes del vencimiento.",
    "Llamar al especialista {especialista} por la notificación pendiente.",
    "La comunidad de {place} pide una reunión informativa en asamblea.",
    "Revisar el informe de OEFA sobre el río {river} antes de la audiencia.",
    "Pedir al equipo de comunicaciones no difundir los datos del testigo.",
    "Preparar el cuadro de plazos para la reunión del lunes con {person}.",
)

HEARING_OUTCOMES = (
    "Se realizó con asistencia de ambas partes; la causa queda al voto.",
    "Se frustró por inasistencia de la parte demandada; se reprograma.",
    "Informe oral realizado; el colegiado se reserva el fallo.",
    "Se admitieron los medios probatorios ofrecidos.",
)
