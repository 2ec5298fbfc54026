// translation-of: sha256:475ef689a2fd012e
# grammar: 1
# id: hospital.waiting_room
# title: Turno de noche: la sala de espera
# setting: hospital
# summary: Una noche de nieve en la sala de emergencias. Una joven tiene una mano que necesita atención, y el hombre que viene con ella contesta todas las preguntas por ella. Apoye a las enfermeras, mantenga la calma y comunique lo que ve.
# minutes: 10
# situation: sex_trafficking
# minor: no
# variants: 2
# content_note: Esta historia incluye la posible explotación sexual de una mujer adulta que es paciente del hospital. Se menciona una mano infectada, pero no se muestra. En uno de los caminos, un hombre jala a una mujer de la muñeca. Puede tomar una pausa en cualquier momento.
# focus: Apoyar el tiempo a solas del equipo clínico con una paciente, y saber cuándo detenerse si el acompañante se niega
# character: ines; Ines; La enfermera de triaje esta noche, de unos cuarenta años, con el pelo recogido y uniforme azul.
# character: abe; Abe; El enfermero a cargo, de unos cincuenta años, corpulento, con lentes y voz serena.
# character: kayla; Kayla; Una paciente de unos veinte años, con un vestido fino de verano y una venda en la mano izquierda.
# character: dion; Dion; Un hombre de unos treinta años, con un abrigo de invierno verde y grueso, y un teléfono en cada mano.
# distractor: not.tired_or_shy
# distractor: not.cheap_clothes
# distractor: not.late_arrival
# distractor: not.any_tattoo
# teaches: myth.would_ask_for_help
# teaches: myth.security_rescues
# teaches: myth.trauma_hostile_or_flat

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink


-> start


=== start ===
# phase: briefing
# bg: hospital_ed_waiting
# ambience: hospital_waiting
# show: ines:calm
Son las once menos diez de un sábado por la noche, en febrero. Está nevando desde las seis.
Usted está en el puesto de seguridad de la sala de emergencias, trabajando para {org_name}.
La sala de espera está a medio llenar. Ines, la enfermera de triaje, toca en su ventanilla y le hace señas para que se acerque.
Una cosa rápida. La joven de los asientos del fondo, la de la mano vendada. # speaker: ines
Le hice tres preguntas. Él contestó las tres. # speaker: ines # indicator: hospital.companion_speaks_for_patient
Dice que es su primo. Ella no me miró ni una vez. # speaker: ines
Puede que no sea nada. Hay gente que odia los hospitales. # speaker: ines
* ["¿Quiere que vaya y le pregunte a él qué está pasando?" # score: safety -2 # myth: myth.security_rescues # why: Interrogar al acompañante le avisa que el personal lo notó, y ella podría pagarlo después. Observar y apoyar a la enfermera la mantiene más segura.]
  No. Si algo anda mal, eso solo le dice que nos dimos cuenta. # speaker: ines # show: ines:anxious
  Solo esté pendiente. La llamo cuando se desocupe un cubículo. # speaker: ines
* ["Está bien. Voy a observar, y lo voy a anotar." # score: observe +1 # score: document +1 # why: Observar en silencio y tomar notas sencillas arma el panorama sin que nadie note que usted lo está haciendo.]
  Gracias. La llamo cuando se desocupe un cubículo. # speaker: ines # show: ines:relieved
* ["Cuando la llame, ¿me quiere cerca?" # score: collaboration +1 # score: safety +1 # why: Ofrecerse a apoyar a la enfermera mantiene al equipo médico a cargo. Anotar lo que ve también habría ayudado.]
  Sí. No demasiado cerca. Yo le hago una seña. # speaker: ines # show: ines:relieved
* ["Si necesitara ayuda, se lo habría dicho en triaje." # score: observe -1 # myth: myth.would_ask_for_help # why: Las personas que están bajo el control de alguien muchas veces no pueden pedir ayuda, y menos con esa persona al lado. Mantenerse alerta es como empieza la ayuda.]
  ¿Con él sentado ahí mismo? No sé si yo lo haría. # speaker: ines # show: ines:guarded
  Solo esté pendiente. La llamo cuando se desocupe un cubículo. # speaker: ines
- Usted anota la hora y lo que dijo Ines. # requires: log
  -> walk


=== walk ===
# phase: observe
# show: kayla:guarded
# show: dion:calm
Usted recorre la sala despacio, como lo hace cada hora. Observe, pero sin quedarse mirando.
Primero, el frente de la sala. Tiene tiempo para una cosa antes de que llegue la próxima ambulancia.
* [Mirar la ventanilla de triaje # observe: triage_window # reveals: nothing # ambiguous: hospital.companion_holds_documents_pays]
  Desde aquí no se ve la pantalla, y usted no lo intenta.
  El hombre volvió a la ventanilla con unos billetes doblados en la mano. Quiere saber cuánto cuesta, en efectivo, por adelantado.
  Aquí nadie paga nada en triaje. Ines se lo dice, dos veces.
  Mucha gente sin seguro se preocupa primero por la cuenta. De quién son los papeles y el dinero, desde aquí no se puede saber.
* [Mirar los carteles informativos # observe: info_posters # reveals: nothing]
  Vacunas contra la gripe. Lavado de manos. Intérpretes gratis, en doce idiomas.
  Un cartel nuevo: "Vemos a cada paciente a solas durante parte de su visita."
* [Seguir caminando hacia los asientos]
- -> seats

=== seats ===
Usted sigue a lo largo de las filas de asientos.
Puede detenerse en una cosa más sin que se vea raro.
* [Mirar a la pareja de los asientos del fondo # observe: waiting_seats # reveals: hospital.dress_wrong_for_weather]
  Ella trae un vestido fino de verano y unos tenis de lona empapados de nieve. Sin abrigo.
  Él trae un abrigo grueso de invierno, bufanda y botas. En cada mano le vibra un teléfono.
* [Mirar la máquina expendedora # observe: vending_machine # reveals: nothing]
  Un niño con uniforme de fútbol y su papá discuten por unas papitas. El niño brinca en un pie.
  El papá cruza la mirada con usted y se encoge de hombros: qué se le va a hacer.
* [Volver al puesto]
- -> chime

=== chime ===
Suena un timbre por los altavoces, y una voz pide que se presente el dueño de un carro azul. # sound: pa_chime
La joven le dice algo al hombre. Él niega con la cabeza sin mirarla.
Ella se levanta de todos modos y camina al bebedero, cerca del puesto de usted.
Él también se levanta, y se queda dos pasos detrás de ella. # indicator: hospital.companion_wont_leave # requires: supervisor
-> cooler


=== cooler ===
# phase: talk
Llena un vaso de papel. Le tiembla la mano.
{variant == 1: Se le sube la manga. En la parte de adentro de la muñeca tiene un tatuaje pequeño: una corona sobre las letras D y J. # indicator: hospital.branding_tattoos}
Habla muy bajito, mirando el agua, no a usted. # discuss: ¿Qué podría decir que sea normal frente a él, y que aun así le sirva a ella?
{variant == 2: Perdón. ¿Qué día es hoy? # speaker: kayla # indicator: hospital.disoriented_time_place|Perdón. ¿Hay un baño que tenga seguro? # speaker: kayla}
Detrás de ella, el teléfono del hombre vuelve a vibrar. Él baja la vista para mirarlo.
* ["¿No sabe dónde está? ¿Alguien la tiene retenida?" # critical: suspicion_in_front_of_controller # score: safety -2 # score: trust -1 # why: Él está a dos pasos. Ella no puede contestar con libertad, y ahora él sabe que el personal sospecha. Conteste de forma sencilla y mantenga todo normal.]
  -> cooler_alarm
* [Contestarle, y agregar que el teléfono junto al puesto es gratis # score: trust +2 # score: safety +1 # why: Una respuesta normal no muestra sospecha frente a él, y mencionar el teléfono gratis le dice a ella, con discreción, dónde podría hacer una llamada en privado.]
  {variant == 2: Es sábado. Catorce.|Junto a triaje. Tiene seguro.} # speaker: officer
  El teléfono junto al puesto también es gratis, si lo necesita. # speaker: officer
  Ella asiente una vez, apenas. # show: kayla:guarded
* [Solo contestar su pregunta # score: trust +1 # why: Una respuesta sencilla es amable y segura. No le dice nada sobre dónde podría encontrar ayuda en privado, pero tampoco le cuesta nada.]
  {variant == 2: Es sábado.|Junto a triaje.} # speaker: officer
  Ella asiente. # show: kayla:guarded
* [Sonreír. "Larga la noche, ¿eh? Con la nieve todos andan desorientados." Luego volver al puesto. # score: trust -1 # why: Restarle importancia a su pregunta puede decirle que nadie la escucha. Una respuesta sencilla no cuesta nada.]
  Ella mira el piso y asiente. # show: kayla:guarded
- -> dion_arrives

=== cooler_alarm ===
Kayla se pone pálida. Se le cae el vaso. # show: kayla:anxious
El hombre está a su lado en un segundo. Le sonríe a usted, pero no con los ojos. # show: dion:impatient
¿Retenida? Soy su novio. Se confunde. # speaker: dion # indicator: hospital.relationship_claim_doesnt_fit
Vámonos. Buscamos una farmacia. No necesitamos este lugar. # speaker: dion # indicator: hospital.rush_to_leave_ama
-> leaving

=== dion_arrives ===
El hombre se pone a su lado y le quita el vaso de la mano. # show: dion:calm
{variant == 2: Siéntate. Te dije que esperaras.|Aquí estás, nena. Ven a sentarte.} # speaker: dion
Lo mira a usted.
Es mi novia. # speaker: dion # indicator: hospital.relationship_claim_doesnt_fit
Hace diez minutos, le dijo a Ines que era su primo.
¿Cuánto hay que esperar? Solo necesita algo para la mano. No necesitamos todos los exámenes. # speaker: dion # indicator: hospital.rush_to_leave_ama
* ["Qué curioso. La enfermera dijo que usted era su primo." # critical: confront_controller # score: safety -2 # why: Exhibirlo en público lo pone en alerta y expone a ella a su enojo después. Mejor anote la contradicción y comuníquela.]
  -> caught_out
* ["Unos cuarenta minutos, con la nieve." # score: safety +1 # score: trust +1 # why: Una respuesta honesta y amable no muestra sospecha, y así ella se queda aquí y sigue abierta la oportunidad de que hable a solas con la enfermera.]
  Cuarenta minutos. Qué bien. # speaker: dion
* ["Ni idea. Pregunte en la ventanilla." # score: safety +1 # score: trust -1 # why: Neutral, y no muestra sospecha. Pero también lo manda de vuelta a la ventanilla de triaje a presionar otra vez a Ines.]
  Él no se mueve por un momento.
- La lleva de vuelta a los asientos del fondo.
  -> call_in

=== caught_out ===
Su sonrisa no se mueve.
Primo, novio. ¿A usted qué le importa? # speaker: dion # show: dion:impatient
Kayla lo mira a él, y luego al piso. # show: kayla:anxious # indicator: hospital.patient_defers_fearful
¿Sabe qué? Nos vamos. Nosotros le arreglamos la mano. # speaker: dion
-> leaving

=== call_in ===
Veinte minutos después, Ines abre la puerta del área de tratamiento.
¿Kayla? Al cubículo cuatro, por favor. # speaker: ines
Kayla se pone de pie. El hombre se levanta con ella y le mantiene una mano en la espalda.
Usted los sigue a distancia, como le pidió Ines.
-> bay

=== bay ===
# bg: hospital_triage_bay
# show: ines:calm
# show: kayla:guarded
# show: dion:calm
El pasillo está tranquilo. Ines sostiene la cortina del cubículo cuatro.
Voy a ver a Kayla a solas unos minutos. Lo hacemos con todos los pacientes. # speaker: ines
{variant == 2: No. Yo me quedo. Ella no entiende a los médicos.|Ella prefiere que me quede, ¿verdad, nena? Yo hablo por ella.} # speaker: dion
Kayla lo mira a él antes de asentir. Luego mira el piso. # indicator: hospital.patient_defers_fearful
Ines lo mira a usted de reojo.
* [Intervenir: "Yo me quedo con Kayla y le hago unas preguntas mientras usted está ocupada." # critical: interrogate_victim # score: collaboration -2 # score: trust -1 # why: La conversación a solas le toca al equipo clínico. Un uniforme haciéndole preguntas es un interrogatorio, y no le toca a usted hacerlo. Mejor apoye a la enfermera y manténgalo a él ocupado.]
  -> officer_in
* ["Es igual para todos, señor. ¿Le consigo un pase de estacionamiento mientras espera?" # resolves: hospital.companion_holds_documents_pays # score: safety +2 # score: collaboration +1 # why: Usted apoya la regla de rutina de la enfermera con una tarea real y normal, así Kayla quizás tenga tiempo a solas con su enfermera y nadie muestra sospecha.]
  -> pass_offer
* [Quedarse donde él lo pueda ver, y dejar que Ines se encargue # score: collaboration +1 # why: Una presencia tranquila apoya a la enfermera sin decir nada. Pero la deja a ella sola para ganar la discusión.]
  -> no_private
* ["Señor, salga. Sabemos lo que está pasando aquí." # critical: confront_controller # score: safety -2 # why: Acusarlo frente a ella lo pone en alerta y puede ponerla a ella en peligro. Mejor apoye la regla de rutina de la enfermera con voz tranquila.]
  -> bay_blowup

=== pass_offer ===
{
- variant == 2:
  Él no lo mira.
  Dije que me quedo. ¿Está sordo? # speaker: dion # show: dion:impatient # indicator: hospital.companion_wont_leave
  Kayla vuelve a bajar la mirada al piso. Ines aprieta la mandíbula. # show: kayla:anxious
  -> pretext_failed
- else:
  -> bench
}

=== pretext_failed ===
* ["Es política del hospital, señor. Todos los pacientes, todas las veces. Tiene que esperar afuera." # score: safety -2 # why: Él ya se negó. Insistir ahora convierte una regla de rutina en una pelea por ella, y es ella quien se va con él.]
  -> insisted
* [Dejarlo así. Hacerle una seña a Ines y retroceder hasta donde pueda ver el cubículo # score: safety +2 # score: collaboration +1 # why: Cuando el acompañante se niega, hay que detenerse. El equipo médico encontrará otro momento; su trabajo ahora es observar e informar, no ganar.]
  Ines deja caer la cortina. Él se queda. Usted se pone junto al lavamanos, donde puede ver los dos extremos del pasillo.
  -> no_private
* [Ofrecerle mejor un café de la máquina # score: safety +1 # score: trust -1 # why: No es una pelea, pero un segundo intento justo después de que falló el primero puede verse exactamente como lo que es.]
  ¿Café? Estoy bien. # speaker: dion # show: dion:guarded
  Lo mira a usted un poco más que antes. Ines deja caer la cortina.
  -> no_private

=== insisted ===
Se pone de pie, despacio.
¿Qué es esto? Ella está bien. Nena, nos vamos. # speaker: dion # show: dion:impatient
Kayla se baja de la cama sin decir nada. # show: kayla:anxious
-> leaving_bay

=== officer_in ===
Ines frunce el ceño, pero no puede discutir frente a ellos. # show: ines:guarded
Usted entra detrás de la cortina. El hombre se queda justo afuera. Usted ve sus botas debajo del borde.
Kayla está sentada en la orilla de la cama, con los brazos cruzados.
Estoy bien. Me corté con un vaso. No quiero decir nada más. # speaker: kayla # show: kayla:anxious
Ines le atiende la mano. El hombre entra en cuanto usted sale.
-> no_private_end

=== no_private ===
Él se queda de pie en la cabecera de la cama y contesta todas las preguntas por Kayla. # indicator: hospital.companion_speaks_for_patient
Cuando Ines pregunta cómo se cortó la mano, él dice que con un vaso. Kayla no dice nada.
-> no_private_end

=== no_private_end ===
# phase: act
Ines le limpia la herida y dice que Kayla debería quedarse para recibir antibióticos por suero.
No. Pastillas. Nos vamos a casa. # speaker: dion # show: dion:impatient # indicator: hospital.rush_to_leave_ama
Kayla firma el formulario para irse en contra de la recomendación médica. No lo lee. # discuss: Ella es adulta y se va. ¿Qué puede hacer usted todavía que le ayude?
Ines dobla chiquita la hoja de alta antes de dársela. Hay algo escrito al reverso.
En la puerta, Kayla voltea a ver el pasillo, solo una vez. # hide: ines
* [Anotar las horas, el abrigo verde y la venda gris, y avisar por radio al centro de control # score: document +2 # score: choice +1 # action: supervisor # why: Ella es adulta y se puede ir. Notas exactas, y que el centro de control lo sepa ahora, les dan algo real con qué trabajar a quienes pueden actuar.]
  Usted lo anota mientras se van. El centro de control guarda el video de la sala de espera y del estacionamiento.
* [No decir nada. Es decisión de ellos irse. # score: document -1 # why: Es decisión de ella, pero lo que usted vio sigue importando. Notas sencillas, y un aviso al centro de control, podrían ayudarle la próxima vez que alguien note algo.]
  Salen a la nieve.
* [Llamar a la policía por él antes de que se alejen # score: choice -2 # score: safety -1 # action: police # why: Ella es adulta, no está en peligro inmediato y no ha pedido a la policía. Que los detengan esta noche podría terminar en su arresto y hacer menos probable que vuelva.]
  Usted hace la llamada. Para cuando llega una patrulla, ya se fueron hace rato.
- # hide: kayla
  # hide: dion
  # ending: no_private; Él nunca se apartó de ella
  Kayla no tuvo ni un minuto a solas esta noche. La nota de Ines está al reverso de su hoja de alta.
  -> file_report(-> epilogue_noprivate)

=== bay_blowup ===
Se le endurece la cara. # show: dion:impatient
¿Qué está pasando? Lo que pasa es su mano. Olvídelo. # speaker: dion
Toma a Kayla de la muñeca y la voltea hacia la salida.
-> danger

=== bench ===
Está bien. Cinco minutos. # speaker: dion
Se sienta en la banca del pasillo con un suspiro pesado. Ines cierra la cortina. # hide: kayla
Usted se sienta en el otro extremo de la banca y llena el pase de estacionamiento. Despacio.
Él pone una cartera sobre su rodilla. Adentro hay una identificación de mujer, junto a un fajo grueso de billetes. # indicator: hospital.companion_holds_documents_pays
¿Cuánto es todo esto? Pago en efectivo. No manden nada por correo a ninguna dirección. # speaker: dion
Revisa los dos teléfonos, uno tras otro, y tararea.
* ["¿Y cómo se conocieron ustedes dos? ¿Llevan mucho tiempo juntos?" # score: safety -1 # score: trust -1 # why: Suena a plática, pero es una pregunta sobre ella, y él ya dio dos respuestas distintas. Le dice que alguien está llevando la cuenta.]
  ¿Por qué? # speaker: dion # show: dion:guarded
  Guarda la cartera.
* [Mantenerlo normal: la nieve, las carreteras, y no, no hay nada que pagar # score: safety +1 # score: trust +1 # why: La plática lo mantiene tranquilo y ocupado sin ninguna señal de sospecha, y así el tiempo a solas de Kayla sigue siendo privado.]
  Él se queja de las carreteras. Usted le da la razón: están terribles.
* [Terminar el pase y entregárselo sin decir nada # score: safety +1 # why: Tranquilo y seguro. Un poco de plática lo habría mantenido tranquilo por más tiempo.]
  Él lo toma y vuelve a sus teléfonos.
* ["Deme la identificación de ella. Se la guardo en el puesto." # critical: take_documents # score: choice -2 # score: safety -1 # why: Su identificación es de ella. Quitársela, aunque sea con buena intención, parece control y lo pone a él en alerta. Mejor comunique su preocupación al equipo médico.]
  -> bench_grab
- Él se queda en la banca, con los dos teléfonos. Al fondo del pasillo, Ines sale de detrás de la cortina y le hace una seña con la mirada.
  -> station

=== bench_grab ===
Cierra la cartera y se pone de pie.
Sus cosas no son asunto suyo. # speaker: dion # show: dion:impatient
Abre la cortina. Ines apenas había empezado.
Ponte los zapatos. Nos vamos. # speaker: dion
Kayla se baja de la cama sin decir nada. # show: kayla:anxious
-> leaving_bay


=== station ===
# phase: act
# show: abe:calm
Usted camina hasta la estación de enfermería, donde no se oye desde la banca. Abe, el enfermero a cargo, está ahí con Ines.
Ella habla en voz baja. # show: ines:guarded
Solo le voy a decir lo que necesita para la seguridad. # speaker: ines
Se queda esta noche por la mano. El equipo tiene preocupaciones de las que no puedo hablar. Son suficientes para que Abe haya llamado a trabajo social. # speaker: ines # indicator: hospital.repeat_sexual_health_visits
No dijo mucho. Estaba como apagada, como si se hubiera desconectado. Me preguntó dos veces si a él le iban a contar lo que ella dijo. # speaker: ines
Dijo que si no regresa, él sabe dónde vive su mamá. # speaker: ines
No quiere a la policía. Es adulta, así que eso lo decide ella, a menos que las cosas cambien. # speaker: abe
Lo que le pido a usted: manténgalo a él tranquilo y lejos del cubículo, avísele al centro de control y anótelo. # speaker: abe
* ["A mí no me pareció tan alterada. ¿Estamos seguros de esto?" # score: collaboration -1 # score: observe -1 # myth: myth.trauma_hostile_or_flat # why: Quedarse apagada, desconectarse, es una reacción común al trauma y al miedo. Qué tan tranquila se vea no le dice nada de lo que le ha pasado.]
  Abe lo mira por encima de los lentes.
  Apagada no es lo mismo que bien. Muchas veces es lo contrario. # speaker: abe
  -> plan
* ["Entendido. Centro de control, él, y mis notas." # score: collaboration +2 # score: choice +1 # action: supervisor # why: Usted hace la parte de seguridad del plan y nada más: el equipo médico dirige, y su no a la policía se respeta mientras no esté en peligro.]
  -> plan
* ["¿Qué le dijo exactamente? Lo necesito para mi informe." # score: collaboration -2 # score: trust -1 # why: Lo que ella le contó a su enfermera se queda con el equipo médico. Su informe es lo que usted vio y oyó; el de ellos, lo demás.]
  Eso se queda con nosotros. Escriba lo que usted vio. # speaker: ines # show: ines:guarded
  -> plan
* [Meterse detrás de la cortina y decirle a Kayla: "Ya está a salvo. Él nunca se le va a volver a acercar. Se lo prometo." # critical: promise_cannot_keep # score: trust -2 # why: Usted no controla lo que él haga, ni lo que pase después de esta noche. Una promesa que no se cumple le enseña a no confiar en la ayuda. Sea honesto sobre lo que puede hacer.]
  -> promised

=== promised ===
Kayla se le queda mirando. # show: kayla:anxious
Usted no puede prometer eso. Nadie puede. # speaker: kayla
Cuando llega la trabajadora social, Kayla dice que cambió de opinión. Se va a quedar para el suero, pero no quiere hablar. # show: kayla:guarded
Abe lo mira largo rato y no dice nada.
Poco después, el hombre viene por el pasillo desde la banca. # show: dion:impatient
Abe lo recibe y le dice que van a internar a Kayla. Las visitas son en la mañana.
El hombre discute un minuto. Luego se va. # hide: dion
-> stayed_quiet

=== plan ===
Usted avisa por radio al centro de control, en voz baja. Da el número del cubículo y una descripción sencilla del hombre.
El centro de control le avisa a {escalation_first}. Otro oficial empieza a acercarse, despacio.
-> dion_back

=== dion_back ===
El hombre se levantó de la banca y viene por el pasillo. # show: dion:impatient
¿Dónde está? Nos vamos. # speaker: dion
La van a internar. Necesita antibióticos por suero esta noche. # speaker: abe
{variant == 2: No necesita su suero. ¡Kayla! ¡Los zapatos! ¡Ya! # speaker: dion|Ella no se quiere quedar. ¡Kayla! ¡Ponte los zapatos! # speaker: dion} # indicator: hospital.rush_to_leave_ama
Empieza a caminar hacia el cubículo cuatro.
* ["Ella no lo quiere ver. Ya nos contó todo." # critical: confront_controller # score: safety -3 # why: Esto le dice que ella habló, y eso puede ponerla en verdadero peligro esta noche y después. Manténgalo en la rutina: la están atendiendo y las visitas son en la mañana.]
  -> told_him
* [Dejar que Abe hable. Quedarse unos pasos detrás de él, a la vista # score: safety +1 # score: collaboration +1 # why: Apoyar al enfermero a cargo, sin amontonarse, lo mantiene clínico y tranquilo. Pero quizás a él le sea más fácil abrirse paso junto a un enfermero que entre dos personas.]
  -> calm_out
* [Hacerse a un lado del pasillo y decirle en voz baja: "Las visitas son en la mañana. Lo acompaño a la salida." # score: safety +2 # score: trust +1 # why: Una voz tranquila, algo de distancia y una salida fácil le permiten quedar bien, y lo mantienen lejos de ella sin pelear.]
  -> calm_out

=== calm_out ===
Se detiene. Mira la cortina, y luego a usted. El otro oficial da la vuelta a la esquina. # show: dion:guarded
{variant == 2: Ustedes. Voy a estar afuera. Toda la noche si hace falta. # speaker: dion|Está bien. Vuelvo a primera hora. # speaker: dion}
Sale por la sala de espera. El centro de control lo sigue con las cámaras hasta una camioneta oscura en el estacionamiento. # hide: dion
-> stayed_end

=== stayed_end ===
Detrás de la cortina, la trabajadora social se sienta con Kayla. Usted no está en la sala, y no necesita estar.
# ending: stayed; Se quedó para el tratamiento
A las dos de la mañana, Kayla sube al piso. Tiene el suero puesto. La trabajadora social va con ella.
-> file_report(-> epilogue_stayed)

=== stayed_quiet ===
Kayla sube al piso a las dos. La trabajadora social le deja una tarjeta de todos modos.
# ending: stayed_no_sw; Se quedó, pero le dijo que no a trabajo social
Se quedó con la tarjeta. No dijo nada más.
-> file_report(-> epilogue_quiet)

=== told_him ===
Él se queda muy quieto. Luego lo empuja a usted para pasar.
¡Kayla! ¡Ya! # speaker: dion
Abre la cortina y la toma de la muñeca. # show: kayla:anxious
-> danger

=== danger ===
# phase: act
Jala a Kayla hacia la salida. Ella se echa para atrás, lejos de él. # requires: emergency # show: dion:impatient # show: kayla:anxious
No. Mi mano. Por favor, espera. # speaker: kayla
Ella no quiere ir. Él no la suelta.
* [Agarrarlo del brazo y forcejear para quitársela # critical: detain_or_rescue # score: safety -3 # myth: myth.security_rescues # why: Un forcejeo puede lastimarla a ella, a usted y a otros pacientes, y volverlo a él más peligroso. Llame al número de emergencias, aleje a la gente y observe.]
  -> grabbed
* [Marcar {emergency_number} donde él lo pueda ver # score: safety +3 # score: report +2 # action: emergency # why: Están sacando a alguien contra su voluntad en este momento. Es una emergencia: llame primero, mantenga la distancia y sea el mejor testigo posible.]
  -> called
* [Gritarle que la suelte # score: safety -1 # why: No es agarrarlo, pero tampoco es ayuda. Gritar puede hacer que jale más fuerte. Lo que trae ayuda es la llamada de emergencia.]
  Ni siquiera voltea. Usted marca {emergency_number}, tarde.
  -> called
* [Avisar por radio a {escalation_first} y esperar instrucciones # critical: no_emergency_call # score: safety -2 # why: Cuando a alguien se lo están llevando a la fuerza en este momento, la llamada de emergencia va primero. Avísele a su supervisor justo después.]
  -> radioed

=== called ===
Usted da el nombre del hospital y dice lo que ve. Abe e Ines apartan a los demás pacientes.
{
- variant == 2:
  Él lo oye decir "policía". Lo mira a usted, y sigue jalando. # hide: dion # hide: kayla
  La saca por las puertas y la sube a una camioneta oscura. Usted le lee la placa a la operadora mientras la camioneta sale del estacionamiento.
  Veinte minutos después, la policía detiene la camioneta en la rampa de la autopista.
  # ending: emergency; La policía detuvo la camioneta
  Esta noche no se entera de nada más.
- else:
  Él lo oye decir "policía". Se detiene, le suelta la muñeca y sale rápido a la nieve. # sound: door_slide # hide: dion
  Kayla se queda contra la pared, con la mano lastimada pegada al pecho. Está temblando. # show: kayla:anxious
  Ines la lleva de vuelta al cubículo. Cuando llega la policía, usted les dice lo que vio. Kayla habla primero con la trabajadora social.
  # ending: emergency; Llegó la policía, y ella se quedó
  Usted no se entera de lo que ella decide. Su parte esta noche fue la llamada.
}
-> file_report(-> epilogue_emergency)

=== grabbed ===
Usted lo agarra del brazo. Él se voltea, y Kayla sale jalada con él. Ella grita.
Abe e Ines se ponen en medio. El hombre la suelta y sale a empujones. # sound: door_slide # hide: dion
Kayla está en el piso, sosteniéndose la mano. Ahora también tiene lastimada la muñeca. # show: kayla:anxious
Solo entonces alguien marca {emergency_number}.
-> taken_end

=== radioed ===
Usted aprieta el botón del radio. {escalation_first} tarda unos segundos en contestar.
Lo primero que oye es: marque {emergency_number}, ya.
Para cuando usted marca, él ya sacó a Kayla por las puertas de ambulancias. # sound: door_slide # hide: dion # hide: kayla
-> taken_end

=== taken_end ===
La policía le toma la declaración. La cámara del estacionamiento muestra una camioneta oscura, y una placa demasiado borrosa para leerla.
# ending: taken; Salió mal en el pasillo
El soporte del suero de Kayla sigue en el cubículo cuatro.
-> file_report(-> epilogue_taken)

=== leaving ===
Él toma la bolsa de ella del asiento y la lleva hacia las puertas de entrada. # show: dion:impatient
Ines les habla mientras se van. Su mano necesita tratamiento esta noche. Si empeora, vuelva de inmediato. # speaker: ines
-> leaving_choice

=== leaving_bay ===
Ines los sigue hasta la puerta del pasillo. # show: ines:anxious
Su mano necesita tratamiento esta noche. Si empeora, vuelva de inmediato. # speaker: ines
-> leaving_choice

=== leaving_choice ===
# phase: act
Kayla voltea una vez. Luego lo sigue.
* [Pararse frente a las puertas: ella no se va hasta que la enfermera lo diga # critical: detain_or_rescue # score: safety -2 # myth: myth.security_rescues # why: Impedir que unos adultos se vayan es retenerlos. Los pone en riesgo a usted y a ella, y puede empeorar las cosas para ella después. Déjelos ir, y sea un buen testigo.]
  Usted se planta frente a las puertas.
  Muévase. No tiene derecho a retenernos aquí. # speaker: dion
  Tiene razón. Kayla mira fijamente el piso, temblando. Usted se hace a un lado, y ellos salen a la nieve.
* [Sostener la puerta: "Vuelva cuando quiera. De día o de noche." # score: trust +1 # why: Honesto y amable, y le dice que la puerta sigue abierta. Pero no deja nada registrado para el siguiente turno.]
  Kayla no contesta. Pero lo oye.
* [Verlos salir hasta el estacionamiento, y darle al centro de control la camioneta y su placa # score: document +2 # score: safety +1 # action: supervisor # why: Usted no puede impedir que unos adultos se vayan. Un registro y un aviso al centro de control les dan algo con qué trabajar a quienes sí pueden actuar.]
  Por el vidrio usted los ve subirse a una camioneta oscura. Anota la marca y la placa.
  El centro de control guarda el video de la sala de espera y del estacionamiento.
- # hide: dion
  # hide: kayla
  # ending: left_ama; Se fueron antes de que la atendieran
  Los asientos donde estaban quedan vacíos. Su vaso de papel sigue en el piso junto al bebedero.
  -> file_report(-> epilogue_left)


=== epilogue_stayed ===
En la mañana, el hombre vuelve. En el piso le dicen que a Kayla ya la dieron de alta. Es cierto.
La trabajadora social la ayudó a salir por otra puerta, hacia un lugar que ella eligió.
-> aftermath

=== epilogue_quiet ===
A Kayla la dan de alta la tarde siguiente. Se va sola, a pie, con la tarjeta en el bolsillo.
Decir que no esta noche no significa decir que no para siempre. Muchas personas necesitan varias oportunidades antes de pedir ayuda.
-> aftermath

=== epilogue_noprivate ===
Tres semanas después, Ines le cuenta que una mujer con el mismo nombre llegó a otro hospital, al otro lado de la ciudad.
{report_action == "supervisor": El centro de control de allá tenía su descripción de la camioneta.|Allá nadie sabía de esta noche.}
-> aftermath

=== epilogue_left ===
Ines pone una nota en el expediente de Kayla: se fue antes del tratamiento, con un hombre que contestaba por ella.
-> aftermath

=== epilogue_emergency ===
Dos días después, Abe solo le cuenta que Kayla está a salvo por ahora. No le puede decir más, y así debe ser.
-> aftermath

=== epilogue_taken ===
Nadie sabe a dónde se fue la camioneta. Ines no deja de pensar en el soporte del suero.
-> aftermath

=== aftermath ===
{
- report_action == "emergency":
  Su informe llega a la policía. Un agente lo llama al día siguiente para confirmar dos detalles.
- report_action == "police":
  Su informe llega a la policía, aunque ella no estaba en peligro inmediato y había dicho que no quería a la policía.
- report_action == "hotline":
  Su informe llega a {escalation_first} y a {hotline_name}, un paso antes de lo que ella y el equipo médico habían acordado.
- report_action == "supervisor":
  En el cambio de turno, {escalation_first} lee su informe y lo revisa con el equipo médico.
- report_action == "log":
  Su informe queda en el registro del turno. Nadie llama por eso.
- else:
  Nada de esta noche queda en el registro. Para su próximo turno, los detalles ya se están borrando.
}
Su turno termina a las siete, y ya dejó de nevar.
-> END
