// translation-of: sha256:cea1015ce3f29dd7
# grammar: 1
# id: hospital.bay_four
# title: Turno de noche: la paciente del cubículo 4
# setting: hospital
# summary: Una paciente de la sala de emergencias insulta al personal desde que llegó y quiere irse. El hombre que la trajo espera en la entrada de ambulancias.
# minutes: 11
# situation: sex_trafficking
# minor: no
# variants: 2
# content_note: Esta historia incluye a una paciente adulta bajo los efectos del alcohol, enojada, que insulta al oficial y que podría estar bajo el control de un hombre a quien dice deberle dinero. Menciona la explotación sexual sin describirla. No se muestra violencia en detalle. Puede tomar una pausa en cualquier momento.
# focus: Mantener la calma y actuar con un enfoque informado sobre el trauma aunque lo insulten, apoyar al equipo médico y respetar la decisión de una persona adulta
# character: tam; Tam; La enfermera a cargo esta noche, con uniforme azul, tranquila y rápida. Dirige al equipo médico.
# character: dee; Dee; Una mujer de unos veintitantos años, con una blusa fina de lentejuelas y tenis, sin abrigo, que arrastra un poco las palabras.
# character: marco; Marco; Un hombre de unos treinta años, con chaqueta acolchada negra y las llaves del carro en la mano, muy amable.
# distractor: not.any_tattoo
# distractor: not.cheap_clothes
# distractor: not.late_arrival
# teaches: myth.trauma_hostile_or_flat
# teaches: myth.trauma_story_changes
# teaches: myth.would_ask_for_help

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

-> start

=== start ===
# phase: briefing
# bg: hospital_ed_waiting
# ambience: hospital_waiting
# show: tam:calm
Son las dos de la mañana en la sala de emergencias de {org_name}. Cae nieve frente a las puertas de entrada.
Tam, la enfermera a cargo, lo alcanza junto al puesto de seguridad.
La del cubículo 4 le grita a todo el mundo. Le tiró un vaso de agua al técnico. # speaker: tam
Quiero a seguridad cerca. No dentro del cubículo. # speaker: tam
+ ["¿Por qué vino? ¿Hay algo médico que yo deba saber?" # score: collaboration -1 # score: trust -1 # why: Lo que tiene un paciente le corresponde al equipo médico. Seguridad solo necesita lo que mantiene a las personas a salvo, y Tam se lo dirá si importa.]
  Tam niega con la cabeza.
  Solo que está alterada y se quiere ir. Eso es lo que usted necesita. # speaker: tam
+ ["Entendido. Estaré en el puesto. Llámeme si se complica." # score: safety +1 # why: Mantenerse aparte respeta el cubículo, pero desde el puesto no ve el pasillo, y llegaría sin saber nada si Tam lo necesita.]
  Está bien. No se vaya lejos. # speaker: tam
+ ["Estaré en el pasillo, a la vista, bien atrás." # score: safety +1 # score: trust +1 # why: Lo bastante cerca para ayudar y lo bastante lejos para no agobiarla. Estar a la vista, sin imponerse, es como se mantiene la calma en un cubículo.]
  Perfecto. # speaker: tam
+ ["¿Quiere que le diga que si sigue así, se tiene que ir?" # score: safety -2 # score: trust -1 # why: Amenazar a una paciente que ya tiene miedo o está bajo los efectos del alcohol sube la tensión, y la decisión de dar el alta es clínica.]
  Por favor, no. Se iría, y no quiero que se vaya. # speaker: tam # show: tam:guarded
- # requires: log
-> waiting

=== waiting ===
# phase: observe
# hide: tam
De camino al pasillo, usted pasa por la sala de espera.
- (around)
* [Mirar afuera por las puertas de entrada # observe: entrance_doors # reveals: nothing # ambiguous: hospital.companion_wont_leave]
  Un sedán oscuro espera en la entrada de ambulancias con el motor encendido y las luces apagadas. El hombre de adentro tiene el teléfono pegado a la cara.
  El registro del puesto dice que trajo a una mujer a la 1:10 y volvió al carro. No se ha movido desde entonces.
  Así se ve una pareja preocupada que espera noticias. También alguien que no quiere perderla de vista.
  -> around
* [Revisar las filas de asientos # observe: waiting_seats # reveals: nothing]
  Un joven duerme acostado en tres asientos, con la capucha puesta y el brazo en cabestrillo.
  Su mamá, a su lado, hace un crucigrama y le dice que él está bien, solo aburrido.
  -> around
* [Echar un vistazo a la máquina expendedora # observe: vending_machine # reveals: nothing]
  Una mujer con un vestido de lentejuelas compra tres bolsas de papitas mientras se ríe por teléfono de una boda.
  Ve que usted la mira y levanta una bolsa como si brindara.
  -> around
+ [Pasar al pasillo junto al cubículo 4]
- -> bay

=== bay ===
# phase: talk
# bg: hospital_triage_bay
# show: dee:impatient
# show: tam:calm
La cortina del cubículo 4 está medio abierta. Una mujer está sentada en el borde de la cama, con una blusa fina de lentejuelas, tenis y sin abrigo. # indicator: hospital.dress_wrong_for_weather
Habla demasiado alto, sin hablarle a nadie, y entonces ve su uniforme.
¿Qué demonios me miras? Lárgate de aquí. # speaker: dee # discuss: Ella lo está insultando. ¿Qué podría haber detrás de eso, y qué quiere usted que ella vea en usted?
+ ["Cuide su vocabulario. El personal no tiene por qué aguantar eso." # score: trust -2 # score: safety -1 # myth: myth.trauma_hostile_or_flat # why: Es legítimo querer respeto, pero un sermón le dice a una persona enojada y asustada que usted es uno más en su contra.]
  -> lectured
+ [No decir nada. Dar dos pasos atrás, fuera de su vista # score: trust +2 # score: safety +1 # why: Darle espacio, sin decir nada, es la forma más rápida de mostrarle que usted no está ahí para agarrarla.]
  -> stepped_back
+ ["Está bien. Estaré aquí afuera. Usted no está en problemas." # score: trust +1 # score: safety +1 # why: Tranquilo y honesto. Pero también le responde algo que ella no preguntó, y puede sonar a que usted ya piensa que quizás sí lo está.]
  -> stepped_back
+ ["¿Estuvo tomando esta noche, o se tomó algo? ¿Qué fue?" # score: collaboration -2 # score: trust -1 # why: Esa es una pregunta clínica, y el equipo médico se la hará en privado. Dicha por alguien de uniforme, suena a arresto.]
  -> lectured

=== lectured ===
¿Si no qué? ¿Me vas a sacar? Hazlo. # speaker: dee # show: dee:impatient
Igual ya me voy. # speaker: dee
Tam se pone en medio sin mirarlo y cierra casi toda la cortina.
-> story_changes

=== stepped_back ===
Ella lo ve alejarse. Baja un poco la voz.
Como sea. # speaker: dee # show: dee:guarded
-> story_changes

=== story_changes ===
Unos minutos después, Tam sale y se detiene a su lado, junto al lavamanos.
No quiere que le hagan nada. Se quiere ir. # speaker: tam # indicator: hospital.rush_to_leave_ama
{variant == 2: En triaje dijo que se resbaló en el hielo. Hace un momento dijo que fue la puerta de un carro. Luego dijo que no se acordaba.|En triaje dijo que se cayó. Ahora es una puerta. No deja de preguntar qué hora es.} # indicator: hospital.inconsistent_injury_story
No le pido que haga nada con eso. Solo quiero que sepa por qué estoy demorando su alta. # speaker: tam
+ ["Miente sobre cómo pasó. ¿Quiere que le diga que ya sabemos?" # score: trust -2 # score: safety -1 # myth: myth.trauma_story_changes # why: Es común que un relato cambie después de un trauma y cuando hay miedo. Si cuadra o no, no le toca a seguridad juzgarlo, y confrontarla acabaría con la oportunidad del equipo médico.]
  Tam lo mira un segundo.
  No. Cuando la gente tiene miedo, su historia cambia. Eso no nos toca resolverlo a las dos de la mañana. # speaker: tam # show: tam:guarded
  -> marco_arrives
+ ["Entendido. ¿Dónde me quiere: junto a la salida, o fuera de vista?" # score: collaboration +2 # score: safety +1 # why: Usted apoya el plan del equipo médico y deja que el personal clínico dirija. Ese es el papel de seguridad en un área clínica.]
  Fuera de vista, pero cerca. Si él entra, manténgalo en la sala de espera. # speaker: tam
  -> marco_arrives
+ [Inclinarse sobre el mostrador de enfermería para leer su expediente en la pantalla # score: collaboration -2 # score: trust -2 # why: El expediente de un paciente no le corresponde a seguridad leerlo, por ningún motivo. Tam le dijo lo que necesita; lo demás queda con el equipo médico.]
  Tam voltea la pantalla sin decir nada. # show: tam:guarded
  -> marco_arrives
+ ["Está bien. Lo dejo en sus manos." # score: collaboration +1 # why: Dejar los asuntos clínicos al equipo médico es lo correcto. Preguntarle dónde lo quiere lo habría hecho más útil para ella.]
  -> marco_arrives

=== marco_arrives ===
# show: marco:calm
Se abren las puertas de la sala de espera. El hombre del sedán viene por el pasillo, amable y sonriente.
Buenas. Vengo por Dee. Soy su novio. # speaker: marco
Ella se pone así. Yo me la llevo a casa y les ahorro la molestia. # speaker: marco
Detrás de la cortina, Dee se ha quedado muy callada. # show: dee:anxious # indicator: hospital.hypervigilant_startle
+ ["¿Usted es la razón por la que ella está aquí?" # critical: confront_controller # score: safety -2 # why: Acusarlo le avisa que alguien lo notó, y es Dee quien estará con él en el carro más tarde.]
  -> confronted
+ ["Van a tardar un rato. ¿Quiere tomarse un café allá adelante mientras espera?" # resolves: hospital.companion_wont_leave # score: safety +2 # score: collaboration +1 # why: Así el acompañante se mantiene tranquilo y ocupado lejos del cubículo, y el equipo médico puede hablar con Dee en privado. Es algo de rutina y no muestra sospecha.]
  -> occupied
+ ["Claro, no hay problema. Voy por ella y usted se la lleva a casa." # score: safety -2 # score: choice -2 # why: Ir por ella para él es decidir por Dee, y entregarla a la persona por la que se quedó callada. Si se va, y con quién, lo decide ella.]
  -> fetched
+ ["Las visitas esperan en la sala de espera, señor." # score: safety +1 # why: Es cierto y neutral, y lo saca del pasillo. Dicho en seco, también puede sonar a puerta cerrada, y él podría quedarse esperando afuera de las puertas del área.]
  -> occupied

=== confronted ===
Marco no deja de sonreír.
No sé qué le habrá dicho ella. Dice muchas cosas. # speaker: marco # show: marco:impatient
¡Dee! Nos vamos. # speaker: marco
-> dee_leaves

=== fetched ===
Usted se asoma por la cortina. Dee lo mira a usted y luego, detrás de usted, a Marco.
Sí. Ya. Como sea. # speaker: dee # show: dee:guarded
-> dee_leaves

=== occupied ===
Marco mira la cortina y no se mueve. # show: marco:calm
Prefiero estar ahí con ella. Se confunde con los médicos. Necesita que yo hable por ella. # speaker: marco # indicator: hospital.companion_wont_leave
Como nadie le abre la cortina, se encoge de hombros.
Está bien. Díganle que estoy afuera. # speaker: marco # hide: marco
Vuelve a salir por las puertas. Ya tiene el teléfono en la oreja.
Tam entra al cubículo y cierra la cortina. Usted se queda junto al lavamanos, donde puede ver hacia ambos lados.
Diez minutos después, Dee sale sola, con una hoja de alta que no ha firmado.
-> dee_talks

=== dee_talks ===
# phase: act
Se detiene a su lado, tambaleándose un poco.
¿Me vas a detener? Anda. Inténtalo. # speaker: dee # show: dee:impatient
No es mi novio. # speaker: dee # indicator: hospital.relationship_claim_doesnt_fit
Es que... le debo. Por el cuarto. Me da cosas para aguantar la noche. Está bien. # speaker: dee # indicator: hospital.substance_dependence_control
Le vibra el teléfono en la mano. No lo mira. # discuss: Dee es adulta y se quiere ir. ¿Qué le puede ofrecer, y qué no le toca a usted decidir?
+ ["¿A quién le debe? ¿Cuánto? ¿Qué la obliga a hacer?" # critical: interrogate_victim # score: trust -3 # why: Esas preguntas son para personas capacitadas, si Dee algún día quiere responderlas. Dichas por seguridad, a las dos de la mañana, la alejan y pueden hacer daño.]
  -> interrogated
+ ["No la puedo dejar irse con él así." # critical: detain_or_rescue # score: safety -2 # score: choice -2 # myth: myth.security_rescues # why: Dee es adulta y no está en peligro inmediato. Retenerla contra su voluntad no le corresponde a usted, y puede hacer menos probable que vuelva.]
  -> held
+ ["No. Usted se puede ir cuando quiera. Tam dijo que puede volver cuando sea, esta noche o cualquier otra." # score: choice +2 # score: trust +1 # why: La puerta queda abierta, y ella se va sabiéndolo. Pero no le ofrece nada más allá de la atención de esta noche.]
  -> free_to_go
+ ["Hay una trabajadora social de turno esta noche. Tam le puede pedir que pase a verla, o no. Usted decide." # score: choice +2 # score: peer_support +2 # why: Una opción real, que viene del equipo médico, y la decisión queda con Dee. Es lo único que ella podría aceptar que cambie su próxima semana.]
  -> social_work

=== interrogated ===
Dee se ríe, sin ninguna gracia.
Sí, claro que no. # speaker: dee # show: dee:guarded
Pasa a su lado hacia la sala de espera.
-> dee_leaves

=== held ===
Usted se le pone enfrente.
¡Quítate de mi camino, carajo! # speaker: dee # show: dee:anxious
Tam llega en segundos, con las manos en alto y la voz baja. Usted se hace a un lado. Dee se va.
-> dee_leaves

=== free_to_go ===
Dee lo mira como si esperara la trampa. No la hay.
{variant == 2: Ok. # speaker: dee|Sí. Ok. Gracias, supongo. # speaker: dee}
-> dee_leaves

=== social_work ===
{
- variant == 2:
  Dee niega con la cabeza.
  Esta noche no. # speaker: dee # show: dee:guarded
  Pero toma la tarjetita que Tam le ofrece y la mete en su tenis.
  -> dee_leaves
- else:
  Dee se queda mirando el piso un buen rato.
  Solo un minuto. No prometo nada. # speaker: dee # show: dee:guarded
  Tam la lleva a la sala para familias. Usted no está en la sala, y no necesita estar.
  # ending: social_work; Dee habló con la trabajadora social
  Usted se queda en el pasillo, donde puede ver las puertas, hasta que Tam le hace una seña.
  -> decide
}

=== dee_leaves ===
Dee cruza la sala de espera hacia el sedán. # hide: dee
{variant == 2:
  Marco se baja del carro y la toma del brazo. Ella se echa para atrás. Él no la suelta. # show: marco:impatient
  -> danger
}
# ending: left_with_him; Dee se fue con Marco
El carro sale de la entrada de ambulancias.
-> decide

=== danger ===
# requires: emergency
Dee se resbala en la nieve. Marco la levanta del brazo y la jala hacia la puerta abierta del pasajero.
¡Suéltame! # speaker: dee
+ [Marcar {emergency_number} desde adentro y describir lo que ve # score: safety +3 # score: report +2 # action: emergency # why: Están metiendo a alguien a la fuerza en un carro: eso es peligro inmediato. Llame, quédese detrás del vidrio y sea testigo.]
  -> called_emergency
+ [Salir corriendo y soltarla de él # critical: detain_or_rescue # score: safety -3 # why: Un forcejeo en el hielo puede lastimar a Dee, a usted y a otros, y puede volver más peligroso a Marco. La llamada de emergencia es ayuda más rápida.]
  -> tussle
+ [Pedirle a la persona de la ventanilla de triaje que llame por altavoz al gerente de turno y al resto del equipo de seguridad # critical: no_emergency_call # score: safety -2 # why: Un aviso por altavoz toma minutos que Dee no tiene. Primero el número de emergencias; las llamadas internas, después.]
  -> paged

=== called_emergency ===
Usted marca {emergency_number} y da el carro, el color y lo que ve.
Marco mira hacia las puertas, hacia usted con el teléfono. Empuja a Dee al asiento del pasajero y arranca. # hide: marco
Usted lee la placa en voz alta mientras el carro da la vuelta hacia la calle.
# ending: emergency; La policía tenía el carro y la placa
-> file_report(-> epilogue_emergency)

=== tussle ===
Usted alcanza a agarrar la chaqueta de Dee y se resbala. Marco la mete al carro, y el carro se va. # hide: marco
Usted marca {emergency_number} desde la nieve. Tiene el color, no la placa.
# ending: car_left; El carro se fue con Dee
-> file_report(-> epilogue_emergency)

=== paged ===
Para cuando el gerente devuelve la llamada, el carro ya se fue. # hide: marco
# ending: car_left; El carro se fue con Dee
-> file_report(-> epilogue_emergency)

=== decide ===
# requires: supervisor
Dee es una persona adulta que dijo que no a más ayuda. Nadie está en peligro ahora mismo. Usted sigue teniendo lo que vio.
+ [Llamar a la policía para que detenga el carro antes de que se aleje # score: choice -2 # score: safety -1 # action: police # why: Una persona adulta que rechazó ayuda y no está en peligro inmediato decide por sí misma si llamar a la policía. Que la detengan esta noche podría terminar en un arresto y hacer menos probable que vuelva.]
  -> decided
+ [No hay nada que informar: el equipo médico se encarga # score: report -2 # why: El equipo médico sabe lo que vio su personal, no lo que usted vio en el cubículo y en la entrada de ambulancias. El centro de control no puede actuar sobre lo que nunca le llega.]
  -> decided
+ [Avisar por radio a {escalation_first} lo que vio # score: report +2 # score: collaboration +1 # action: supervisor # why: Según sus órdenes de puesto, el centro de control se entera ahora y decide con el equipo médico si remitir y cómo, respetando que Dee dijo que no.]
  -> decided

=== decided ===
-> file_report(-> epilogue)

=== epilogue ===
{
- report_action == "supervisor":
  {escalation_first} le da las gracias y anota el carro y las horas. El equipo de trabajo social se enterará en el cambio de turno de la mañana, a través del equipo médico.
- report_action == "hotline":
  {escalation_first} le dice que la remisión se adelantó a lo que indica la política: Dee dijo que no, y el centro de control y el equipo médico deciden juntos si remitir.
- report_action == "police" || report_action == "emergency":
  {escalation_first} lee su informe y le dice que, tratándose de una persona adulta que rechazó ayuda y no estaba en peligro, no le correspondía a usted llamar a la policía.
- else:
  Esta noche no llega nada sobre Dee al centro de control.
}
-> aftermath

=== epilogue_emergency ===
La policía detiene el sedán a unas millas de ahí. Usted no se entera de nada más.
-> aftermath

=== aftermath ===
{
- variant == 2:
  Dos semanas después, en otro turno de noche, una mujer en tenis le pide a la enfermera de triaje que llame a la trabajadora social por su nombre.
- else:
  Al final del turno, Tam pasa por el puesto.
  Gracias por quedarse cerca sin agobiarla. # speaker: tam
}
Su turno termina a las siete.
-> END
