// translation-of: sha256:31fa2e0701cc46d0
# grammar: 1
# id: hospital.older_boyfriend
# title: Turno de la tarde: dice que tiene dieciocho
# setting: hospital
# summary: Una noche de aguanieve en la sala de emergencias. Una muchacha con mucha tos dice que tiene dieciocho años, y el hombre mucho mayor que viene con ella dice que es su novio y le llena el formulario. Apoye a las enfermeras, mantenga la calma y asegúrese de que una persona joven reciba la protección que necesita.
# minutes: 10
# situation: sex_trafficking
# minor: yes
# variants: 2
# content_note: Esta historia incluye a una muchacha que podría ser menor de 18 años, que vive con un hombre mucho mayor, y la posibilidad de que esté siendo explotada sexualmente. No se muestra ni se describe nada sexual. En uno de los caminos, un hombre jala a una muchacha del brazo. Puede tomar una pausa en cualquier momento.
# focus: Una persona joven con un "novio" mayor: apoyar el tiempo a solas con el equipo médico, mantenerlo a él ocupado con calma y avisar a la policía y a protección de menores aunque ella diga que no
# character: ines; Ines; La enfermera de triaje esta noche, de unos cuarenta años, con el pelo recogido y uniforme azul.
# character: abe; Abe; El enfermero a cargo, de unos cincuenta años, corpulento, con lentes y voz serena.
# character: jodie; Jodie; Una muchacha que dice tener dieciocho años y aparenta unos quince, con fleco, y una chaqueta negra de hombre tres tallas más grande.
# character: rick; Rick; Un hombre de casi treinta años, con un abrigo azul marino elegante, dos teléfonos y un fajo de billetes.
# distractor: not.tired_or_shy
# distractor: not.cheap_clothes
# distractor: not.late_arrival
# teaches: myth.initial_consent
# teaches: myth.stranger_kidnap
# teaches: myth.would_ask_for_help
# teaches: myth.adultification

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink


-> start


=== start ===
# phase: briefing
# bg: hospital_ed_waiting
# ambience: hospital_waiting
# show: ines:calm
Son las once y veinte de un jueves por la noche, en enero. El aguanieve se convirtió en nieve.
Usted está en el puesto de seguridad de la sala de emergencias, trabajando para {org_name}.
Ines, la enfermera de triaje, se asoma por su ventanilla y le hace señas para que se acerque.
La muchacha de los asientos de la derecha, la de la chaqueta negra grande. Mucha tos, fiebre, se desmayó en una tienda. # speaker: ines
Dijo que tiene dieciocho. Luego tuvo que detenerse a pensar en qué año nació. # speaker: ines
El hombre que viene con ella llenó su formulario y contestó todas las preguntas. Dice que es su novio. Él tiene veintiocho. # speaker: ines # indicator: hospital.companion_speaks_for_patient
A mí me parece que tiene unos quince. Ya le avisé a Abe. La vamos a ver a solas cuando se desocupe un cubículo. # speaker: ines
* ["Entendido. Me voy a quedar cerca de los asientos y tomar notas." # score: observe +1 # score: collaboration +1 # why: Observar en silencio y tomar notas sencillas arma el panorama, y estar cerca apoya a la enfermera sin quitarle el control.]
  Bien. Van a ser unos veinte minutos. # speaker: ines # show: ines:relieved
* ["¿Quiere que vaya a pedirle una identificación? Si es menor de 18, lo vamos a saber." # score: safety -2 # score: trust -1 # why: Exigir una identificación frente al hombre le dice que el personal sospecha, y ella podría pagarlo después. El equipo médico averigua su edad en privado, como parte de su atención.]
  ¿Con él sentado ahí mismo? No. # speaker: ines # show: ines:anxious
  Solo esté pendiente. # speaker: ines
* ["¿Abe me quiere en algún lugar en particular?" # score: collaboration +1 # why: Dejar que el enfermero a cargo decida dónde ponerlo mantiene al equipo médico a cargo. Sus propias notas también les ayudarían.]
  Cerca de los asientos, dijo. No demasiado cerca. # speaker: ines
* ["Si ella dice que tiene dieciocho, es asunto suyo." # score: observe -1 # myth: myth.adultification # why: A las personas jóvenes que están siendo explotadas muchas veces les dicen que digan que son mayores. Su edad lo cambia todo sobre lo que tiene que pasar después, así que vale la pena estar pendiente.]
  Quizás. Pero llevo veinte años haciendo esto. # speaker: ines # show: ines:guarded
  Solo esté pendiente. # speaker: ines
- Usted anota la hora y lo que dijo Ines. # requires: log
  -> walk


=== walk ===
# phase: observe
# show: jodie:guarded
# show: rick:calm
Usted recorre la sala despacio, como lo hace cada hora. Observe, pero sin quedarse mirando.
Primero, el frente de la sala. Tiene tiempo para una cosa antes de que llegue la próxima ambulancia.
* (notice) [Mirar los avisos en el libro de registro del puesto # observe: security_podium # reveals: hospital.minor_unaccompanied_older_partner]
  En el interior de la tapa del libro de registro están las alertas que manda la policía.
  Una es de la semana pasada. Una muchacha de quince años, desaparecida de su casa desde hace tres semanas. Su familia cree que podría estar con un hombre mayor que conoció en internet.
  Hay una foto de la escuela: una muchacha con un fleco largo, sonriendo.
  La muchacha de los asientos de la derecha tiene un fleco largo. No puede estar seguro. Usted anota la fecha y la referencia del aviso.
* [Mirar la televisión de la pared # observe: tv_screen # reveals: nothing]
  En las noticias todo es nieve: la circunvalación cerrada, no hay autobuses, un camión atorado en la subida.
  Un camillero se detiene a verlo y se queja.
* [Mirar la ventanilla de triaje # observe: triage_window # reveals: hospital.relationship_claim_doesnt_fit]
  No alcanza a ver la pantalla, y no lo intenta. Pero sí oye al hombre: volvió a la ventanilla.
  Ponga hermanastro. No novio. Hermanastro. # speaker: rick
  Hace cinco minutos, le dijo a Ines que era su novio.
* [Seguir caminando hacia los asientos]
- -> seats

=== seats ===
Usted sigue a lo largo de las filas de asientos.
Puede detenerse en una cosa más sin que se vea raro.
* [Mirar a la pareja de los asientos de la derecha # observe: waiting_seats # reveals: nothing # ambiguous: hospital.companion_holds_documents_pays]
  Él tiene dos teléfonos. Uno tiene una funda rosa con brillantina. Cuando vibra, él lee la pantalla y lo pone boca abajo sobre su rodilla.
  Ella no trae bolsa ni cartera. Cuando quiere algo de tomar de la máquina, él saca un billete del fajo y se lo da.
  Ella le trae el cambio. Alguien que la invita, o alguien que controla todo lo que ella tiene: desde aquí, podría ser cualquiera de las dos cosas.
* [Mirar la máquina expendedora # observe: vending_machine # reveals: nothing]
  Un niño de unos catorce años y su mamá discuten por unas papitas. Ella todavía trae el uniforme del supermercado.
  Le dice que no puede comer nada antes de su estudio. Él se queja mirando al techo.
* [Volver al puesto]
- -> cough

=== cough ===
La muchacha tose tanto que tiene que agarrarse del asiento de enfrente.
Ines le trae un vaso de agua y un paquete de galletas saladas de la sala del personal. Se las come todas, rápido, y se queda mirando el paquete vacío. # indicator: hospital.malnourished_poor_hygiene
El hombre no levanta la vista de sus teléfonos.
Luego se levanta y camina hacia su puesto. # show: rick:calm
-> podium


=== podium ===
# phase: talk
{variant == 2: ¿Cuánto más? Llevamos una hora aquí. # speaker: rick|Buenas noches, jefe. ¿Sabe cuánto falta? La verdad es que ella está bien, es solo un resfriado. # speaker: rick}
Es mi novia. Se está quedando en mi casa desde Navidad. Su mamá es un desastre. # speaker: rick # indicator: hospital.minor_unaccompanied_older_partner
Tiene dieciocho, antes de que alguien pregunte. # speaker: rick
No necesita todos los exámenes. Solo algo para la tos y nos vamos. # speaker: rick # indicator: hospital.rush_to_leave_ama # requires: police # discuss: Nadie le preguntó la edad de ella, y él se la dice de todos modos. ¿Qué piensa de lo que ha visto hasta ahora, y cuál es su parte en lo que sigue?
* ["No le sabría decir. La enfermera llama a la gente en orden." # score: safety +1 # score: trust -1 # why: Neutral y honesto, y no muestra sospecha. Un poco de calidez lo habría mantenido tranquilo por más tiempo.]
  Él lo mira un momento y luego vuelve a su asiento.
  -> call_in
* ["Hay mucho trabajo por la nieve, pero pronto la van a llamar." # score: safety +1 # score: trust +1 # why: Una respuesta honesta y normal no muestra sospecha, y así ella se queda en el edificio y sigue abierta la oportunidad de que hable a solas con la enfermera.]
  Perfecto. # speaker: rick
  Compra una lata en la máquina y vuelve a su asiento.
  -> call_in
* ["¿Dieciocho? A mí me parece que tiene unos quince. ¿Y usted cuántos años tiene, amigo?" # critical: confront_controller # score: safety -2 # why: Enfrentarlo le dice que el personal ya lo tiene en la mira, y su salida más fácil es llevársela antes de que alguien pueda hablar con ella. Anote lo que dijo y comuníquelo.]
  -> challenged

=== challenged ===
Se le borra la sonrisa. # show: rick:impatient
¿Y eso qué quiere decir? # speaker: rick
Vuelve a los asientos y levanta a la muchacha jalándola de la manga. # show: jodie:anxious
Vámonos. Compramos algo en la farmacia. No necesitamos este lugar. # speaker: rick
-> leaving

=== call_in ===
Veinte minutos después, Ines abre la puerta del área de tratamiento.
¿Jodie? Al cubículo cuatro, por favor. # speaker: ines
Jodie se pone de pie. El hombre se levanta con ella, con la mano en su nuca.
Usted los sigue a distancia, como le pidió Ines.
-> bay

=== bay ===
# bg: hospital_triage_bay
# show: ines:calm
# show: jodie:guarded
# show: rick:calm
# show: abe:calm
El pasillo está tranquilo. Ines sostiene la cortina del cubículo cuatro. Abe está en la estación de enfermería con una tabla con clip.
Voy a ver a Jodie a solas unos minutos. Lo hacemos con todos los pacientes. Es la política. # speaker: ines
{variant == 2: No. Yo me quedo. Lo que ella tenga que decir, lo puede decir frente a mí. # speaker: rick|Ella prefiere que me quede, ¿verdad, Jo? Se pone nerviosa. # speaker: rick} # indicator: hospital.companion_wont_leave
Jodie lo mira a él antes de asentir. Luego mira el piso. # show: jodie:anxious # indicator: hospital.patient_defers_fearful
Abe lo mira a usted de reojo.
* [Apoyar a Ines con calma: "Abe necesita sus datos para el formulario. ¿Puede venir al mostrador, señor?" # resolves: hospital.companion_holds_documents_pays # score: safety +2 # score: collaboration +2 # why: Usted apoya la regla de rutina de la enfermera y lo mantiene ocupado con calma, así Jodie tiene tiempo a solas con su enfermera y nadie muestra sospecha.]
  -> desk
* [Intervenir: "Yo me quedo con Jodie y le hago unas preguntas." # critical: interrogate_victim # score: collaboration -2 # score: trust -1 # why: La conversación a solas le toca al equipo clínico. Un uniforme haciéndole preguntas a una muchacha asustada se siente como un interrogatorio, y ella no va a decir nada.]
  -> officer_in
* ["Señor, apártese de ella. Sabemos que no tiene dieciocho." # critical: confront_controller # score: safety -2 # why: Acusarlo frente a ella lo pone en alerta y puede ponerla a ella en peligro, aquí y después. Mejor apoye la regla de rutina de la enfermera con voz tranquila.]
  -> bay_blowup
* [Quedarse atrás. Es entre él y la enfermera, y en el formulario él aparece como su familiar más cercano. # score: safety -2 # why: Ines necesitaba que usted apoyara una regla de rutina. Sin eso, Jodie nunca tiene una conversación a solas con su enfermera.]
  -> no_private

=== officer_in ===
Ines frunce el ceño, pero no puede discutir frente a ellos. # show: ines:guarded
Usted entra detrás de la cortina. El hombre se queda justo afuera. Usted ve sus zapatos debajo del borde.
Jodie está sentada en la orilla de la cama, con los brazos cruzados, tosiendo.
Tengo dieciocho. Estoy bien. Solo quiero algo para el pecho. # speaker: jodie
Ines le escucha el pecho. El hombre entra en cuanto usted sale.
-> no_private_end

=== no_private ===
Ines espera un momento y luego suelta la cortina.
Está bien. Se puede quedar. # speaker: ines # show: ines:guarded
Él se queda de pie en la cabecera de la cama y contesta todas las preguntas por Jodie. # indicator: hospital.companion_speaks_for_patient
Cuando Ines le pregunta su fecha de nacimiento, él la dice. Jodie no dice nada.
-> no_private_end

=== no_private_end ===
Ines dice que Jodie tiene una infección en el pecho y que necesita una radiografía y antibióticos esta noche.
No. Pastillas. Nos vamos. # speaker: rick # show: rick:impatient # indicator: hospital.rush_to_leave_ama
Abe cruza la mirada con usted y niega con la cabeza, muy poco. # show: abe:guarded
-> leaving

=== bay_blowup ===
Se le endurece la cara. # show: rick:impatient
Usted no sabe nada. Jo, ponte los zapatos. Nos vamos. # speaker: rick
La toma del brazo y la lleva hacia la salida. # show: jodie:anxious
-> leaving

=== desk ===
Está bien. Cinco minutos. # speaker: rick
Se sienta en la punta del mostrador con un suspiro pesado. Ines cierra la cortina. # hide: jodie # hide: ines
Abe le pasa un formulario. Usted se queda un poco aparte y mira el tablero, no a él.
El teléfono de la funda rosa vibra. Él lo lee y lo apaga. # indicator: hospital.companion_holds_documents_pays
Su mamá. Otra vez. Ahorita no necesita eso. # speaker: rick # indicator: hospital.minor_unaccompanied_older_partner
¿Cuánto debo por esto? Pago en efectivo. No manden nada por correo a ninguna dirección. # speaker: rick
{variant == 2: Golpea el mostrador con la pluma y maldice el formulario.|Platica con Abe sobre la nieve como si fueran viejos amigos.}
* [Quedarse un poco aparte y no decir nada # score: safety +1 # why: Tranquilo y seguro. Un poco de plática normal lo habría mantenido tranquilo por más tiempo.]
  Él llena el formulario, despacio.
* [Platicar de la nieve, y decirle que no hay nada que pagar # score: safety +1 # score: trust +1 # why: La plática lo mantiene tranquilo y ocupado sin ninguna señal de sospecha, y así el tiempo a solas de Jodie sigue siendo privado.]
  Él se queja de la circunvalación. Usted le da la razón: está terrible.
* [Enseñarle el aviso de la policía: "Qué curioso. Aquí hay una muchacha desaparecida de quince años que se parece mucho a ella." # critical: suspicion_in_front_of_controller # score: safety -2 # why: Decirle que el personal sospecha quién es ella le da todas las razones para llevársela ya. Pásele el aviso al equipo médico y a la policía, con discreción.]
  -> notice_shown
- Él se queda en el mostrador con sus teléfonos. Al fondo del pasillo, Ines sale de detrás de la cortina y le hace una seña con la mirada.
  -> station

=== notice_shown ===
Él mira el aviso, y luego a usted. Su cara no se mueve. # show: rick:impatient
Nunca la he visto. # speaker: rick
Se levanta, camina al cubículo cuatro y abre la cortina. Ines apenas había empezado.
Jo. Los zapatos. Ya. # speaker: rick # show: jodie:anxious
-> leaving


=== station ===
# phase: act
Usted camina hasta el otro extremo de la estación de enfermería, donde él no puede oír. # show: ines:guarded
Ella habla en voz baja.
Solo le voy a decir lo que necesita para mantenerla a salvo. # speaker: ines
Me dijo que tiene quince. Lleva unas tres semanas en el departamento de él. Su mamá no sabe dónde está. # speaker: ines # indicator: hospital.minor_unaccompanied_older_partner
Dice que él es su novio, que ella decidió irse, y que él la cuida. Le debe por el teléfono y por la comida y el techo. # speaker: ines
Algunas noches llegan amigos de él, y él le dice que sea amable con ellos porque ayudan con la renta. No dijo más, y yo no le pregunté. # speaker: ines
Me pidió que no le dijera a nadie. Le dije que tengo que hacerlo, y por qué. # speaker: ines
Tiene quince años. Esto es de protección de menores, y de la policía. Voy a llamar ahora al equipo de protección, según nuestra política. # speaker: abe
De todos modos se queda esta noche por lo del pecho. Lo que le pido a usted: avísele a {escalation_first}, manténgalo a él tranquilo y lejos del cubículo, y anote lo que ha visto. # speaker: abe # discuss: Ella le dijo a la enfermera que decidió estar con él, y le pidió que no dijera nada. ¿Por qué eso no cambia lo que sigue?
* ["Ella le dijo que lo eligió a él. ¿Eso cambia algo?" # score: collaboration -1 # myth: myth.initial_consent # why: Una menor no puede consentir que la exploten, y lo que ella diga que eligió no cambia lo que tiene que pasar. Mejor pregunte qué necesita de usted el equipo médico.]
  No. Tiene quince años. No cambia nada. # speaker: abe
  -> plan
* [Avisar por radio a {escalation_first}: policía y protección de menores # score: collaboration +2 # score: report +1 # action: police # why: Hacer la parte de seguridad del plan, y nada más, deja que el equipo médico dirija la respuesta de protección de menores mientras usted la mantiene a salvo.]
  -> plan
* [Meterse detrás de la cortina y decirle a Jodie: "Ya está a salvo. Nunca va a tener que volver con él. Se lo prometo." # critical: promise_cannot_keep # score: trust -2 # why: Usted no controla lo que pasa después. Una promesa que no se cumple le enseña que quienes ayudan mienten. Deje la conversación al equipo médico, y sea honesto sobre lo que puede hacer.]
  -> promised
* [Entrar y preguntarle a Jodie qué la obligaban a hacer los amigos de él, para que la policía tenga los detalles # score: trust -2 # score: collaboration -2 # critical: interrogate_victim # why: Hacer que una menor lo cuente otra vez, a un uniforme, puede hacerle daño y perjudicar el caso de la policía. Más adelante, una persona especializada en entrevistas preguntará lo necesario. No pregunte nada más allá de su seguridad.]
  -> asked_details

=== promised ===
Jodie se le queda mirando. # show: jodie:anxious
Usted no lo conoce. # speaker: jodie
Se tapa con la cobija y se voltea hacia la pared. Cuando llega la trabajadora social, no dice ni una palabra. # show: jodie:guarded
Abe lo mira largo rato y no dice nada.
-> rick_back

=== asked_details ===
La cara de Jodie se cierra. # show: jodie:anxious
Ya se lo dije a la enfermera. No lo voy a decir otra vez. # speaker: jodie
Se tapa con la cobija y se voltea hacia la pared. Ines le pide a usted, en voz baja, que espere afuera. # show: ines:guarded
-> rick_back

=== plan ===
Usted se aparta y le avisa por radio a {escalation_first}, en voz baja. Da el número del cubículo y una descripción sencilla del hombre. # show: abe:calm
{walk.notice: Usted le da a Abe el aviso de la policía del libro de registro. Él lo lee y toma el teléfono.|Usted le dice a Abe lo que el hombre dijo en el puesto, palabra por palabra.}
Otro oficial empieza a acercarse, despacio.
-> rick_back

=== rick_back ===
El hombre se levantó del mostrador y viene por el pasillo. # show: rick:impatient
A ver, ¿dónde está? Nos vamos. # speaker: rick
La van a internar. Su pecho necesita tratamiento esta noche. # speaker: abe
Ella no se quiere quedar. ¡Jo! ¡Los zapatos! # speaker: rick # indicator: hospital.rush_to_leave_ama
Empieza a caminar por el pasillo hacia el cubículo cuatro.
* [Dejar que Abe hable, y quedarse unos pasos detrás de él # score: safety +1 # score: collaboration +1 # why: Apoyar al enfermero a cargo sin amontonarse mantiene la calma. Una palabra tranquila de su parte, ofreciéndole una salida, le habría dado menos contra qué empujar.]
  -> calm_out
* [Hacerse a un lado y hablarle en voz baja: "Está con los médicos. Lo acompaño de regreso." # score: safety +2 # score: trust +1 # why: Una voz tranquila, algo de distancia y una salida fácil le permiten quedar bien, y lo mantienen lejos de ella sin pelear.]
  -> calm_out
* ["Tiene quince años, y la policía viene en camino. Usted no se le va a acercar." # critical: confront_controller # score: safety -3 # why: Esto le dice que ella habló y que viene la policía, lo que puede ponerla en verdadero peligro esta noche. Manténgalo en la rutina hasta que llegue la policía.]
  -> told_him

=== calm_out ===
Se detiene. Mira la cortina, y luego a usted. El otro oficial da la vuelta a la esquina. # show: rick:guarded
Nadie levanta la voz.
Como sea. Ella me va a llamar. # speaker: rick
Sale por la sala de espera. El centro de control lo sigue con las cámaras hasta un carro plateado en el estacionamiento, y guarda el video con la placa. # hide: rick
-> police_came

=== police_came ===
Veinte minutos después llegan dos agentes de policía, y poco después una trabajadora social del equipo de protección de menores.
Usted le dice a la policía lo que vio y oyó, con palabras sencillas. Luego vuelve al puesto. # show: jodie:guarded
Detrás de la cortina, la trabajadora social se sienta con Jodie. Usted no está en la sala, y no necesita estar.
# ending: safeguarded; Se quedó, y llegó protección de menores
A las dos de la mañana, Jodie sube al piso de pediatría. La trabajadora social va con ella.
-> file_report(-> epilogue_safeguarded)

=== told_him ===
Él se queda muy quieto. Luego lo empuja a usted para pasar.
¡Jo! ¡Ya! # speaker: rick
Abre la cortina y la toma del brazo. # show: jodie:anxious
-> danger

=== danger ===
# phase: act
La jala hacia las puertas de ambulancias. Ella se echa para atrás, lejos de él, tosiendo. # requires: emergency # show: rick:impatient # show: jodie:anxious
Rick, para, no puedo respirar. Por favor. # speaker: jodie
Ella no quiere ir. Él no la suelta.
* [Gritarle que la suelte # score: safety -1 # why: No es agarrarlo, pero tampoco es ayuda. Gritar puede hacer que jale más fuerte. La llamada de emergencia trae ayuda.]
  No la suelta. Usted marca {emergency_number}, tarde.
  -> called
* [Marcar {emergency_number} ahora, desde donde está # score: safety +3 # score: report +2 # action: emergency # why: Están sacando a una menor a rastras contra su voluntad en este momento. Es una emergencia: llame primero, mantenga la distancia y sea el mejor testigo posible.]
  -> called
* [Agarrarlo del brazo y forcejear para quitársela # critical: detain_or_rescue # score: safety -3 # myth: myth.security_rescues # why: Un forcejeo puede lastimarla a ella, a usted y a otros pacientes, y volverlo a él más peligroso. Llame al número de emergencias, aleje a la gente y observe.]
  -> grabbed
* [Avisar por radio a {escalation_first} y esperar instrucciones # critical: no_emergency_call # score: safety -2 # why: Cuando a alguien se lo están llevando a la fuerza en este momento, la llamada de emergencia va primero. Avísele a su supervisor justo después.]
  -> radioed

=== called ===
Usted se hace para atrás y marca {emergency_number}. Da el nombre del hospital y dice lo que ve.
Abe e Ines apartan a los demás pacientes. El hombre lo oye decir "policía". Se detiene.
Suelta el brazo de Jodie y sale rápido a la nieve. # sound: door_slide # hide: rick
Jodie se sienta en el piso contra la pared, tosiendo. Ines se arrodilla a su lado. # show: jodie:anxious
Cuando llega la policía, usted les dice lo que vio y hacia dónde se fue él. Poco después llega una trabajadora social del equipo de protección de menores. # show: jodie:guarded
# ending: emergency; Llegó la policía, y ella se quedó
Su parte esta noche fue la llamada. Lo demás les toca a las personas cuyo trabajo es ese.
-> file_report(-> epilogue_emergency)

=== grabbed ===
Usted lo agarra del brazo. Él se voltea, y Jodie sale jalada con él. Ella grita.
Abe se pone en medio. El hombre la suelta y sale a empujones por las puertas de ambulancias. # sound: door_slide # hide: rick
Jodie está en el piso, tosiendo tan fuerte que no puede hablar. # show: jodie:anxious
Solo entonces alguien marca {emergency_number}.
-> hurt_end

=== radioed ===
Usted aprieta el botón del radio. {escalation_first} tarda unos segundos en contestar.
Lo primero que oye es: marque {emergency_number}, ya.
Para cuando usted marca, él ya sacó a Jodie por las puertas de ambulancias. # sound: door_slide # hide: rick # hide: jodie
-> taken_end

=== hurt_end ===
La policía le toma la declaración. La cámara del estacionamiento muestra un carro plateado que sale rápido.
# ending: hurt; Se quedó, pero el forcejeo la lastimó
Jodie se queda en el piso de pediatría. Una trabajadora social la acompaña. No quiere hablar con nadie de uniforme.
-> file_report(-> epilogue_hurt)

=== taken_end ===
La policía le toma la declaración. La cámara del estacionamiento muestra un carro plateado, y una placa demasiado borrosa para leerla.
# ending: taken; Se la llevó por las puertas de ambulancias
Su vaso de agua sigue en la silla del cubículo cuatro.
-> file_report(-> epilogue_taken)

=== leaving ===
# phase: act
Él la lleva hacia las puertas de entrada. Ella tose. No mira a nadie. # show: rick:impatient # show: jodie:anxious
Ines les habla mientras se van. Su pecho necesita tratamiento esta noche. Si empeora, vuelva de inmediato. # speaker: ines
Una muchacha que quizás tiene quince años sale a la nieve con el hombre que quizás la está explotando. # requires: emergency # discuss: Usted no puede detenerlos por la fuerza. ¿Qué puede hacer, ahora mismo, que le dé a ella la mejor oportunidad?
* [Quedarse atrás y marcar {emergency_number}: descripciones, el carro, hacia dónde van # score: safety +2 # score: report +2 # action: emergency # why: Una menor en riesgo de explotación sexual que se va con la persona sospechosa de explotarla es una emergencia. Llamar de inmediato, y observar a distancia, le da a la policía la mejor oportunidad de alcanzarla esta noche.]
  -> left_called
* [Pararse frente a las puertas y decirle a él que ella no se va con él esta noche # critical: detain_or_rescue # score: safety -2 # myth: myth.security_rescues # why: Bloquear las puertas lo convierte en un enfrentamiento que puede lastimarla a ella y a usted. Mejor llame al número de emergencias y sea un buen testigo.]
  -> blocked
* [Dejarlos ir, y escribirlo bien para la mañana # score: safety -2 # score: report -2 # why: Las notas son buenas, pero una menor que sale con el hombre que quizás la está explotando necesita a la policía esta noche, no un informe en la mañana.]
  -> left_unreported

=== left_called ===
Usted se queda adentro de las puertas y marca {emergency_number}. Da el nombre del hospital, las dos descripciones y el carro plateado al que se suben. # hide: rick # hide: jodie
El centro de control guarda el video del estacionamiento. Usted lee la placa en voz alta mientras el carro sale.
# ending: left_called; Se fue con él, y se llamó a la policía de inmediato
Ines escribe en el expediente de Jodie: se fue antes del tratamiento, con un hombre que contestaba por ella.
-> file_report(-> epilogue_left_called)

=== blocked ===
Usted se planta frente a las puertas.
Muévase. No tiene derecho a retenernos aquí. # speaker: rick
Jodie mira fijamente el piso, temblando, tosiendo. La gente se les queda mirando. Usted se hace a un lado, y ellos salen a la nieve. # hide: rick # hide: jodie
-> left_end

=== left_unreported ===
Salen a la nieve. Por el vidrio usted los ve subirse a un carro plateado. # hide: rick # hide: jodie
-> left_end

=== left_end ===
# ending: left; Se fue con él
Los asientos donde estaban quedan vacíos. El paquete de galletas sigue en el piso.
-> file_report(-> epilogue_left)


=== epilogue_safeguarded ===
Una semana después, Abe solo le cuenta que Jodie volvió a casa con su familia, con apoyo, y que la policía se está encargando del hombre.
No le puede decir más, y así debe ser.
-> aftermath

=== epilogue_emergency ===
Dos días después, Abe solo le cuenta que Jodie está a salvo por ahora, con personas cuyo trabajo es ayudarla.
-> aftermath

=== epilogue_hurt ===
Tiene la muñeca torcida. Ines dice que se va a recuperar. Nadie sabe si volverá a confiar en un hospital.
La próxima vez, la llamada va primero.
-> aftermath

=== epilogue_taken ===
Nadie sabe a dónde se fue el carro plateado.
La próxima vez, la llamada va primero.
-> aftermath

=== epilogue_left_called ===
La policía detiene el carro plateado en la circunvalación cuarenta minutos después. Usted solo se entera de que Jodie está de vuelta en el piso de pediatría.
-> aftermath

=== epilogue_left ===
{
- report_action == "emergency" || report_action == "police" || report_action == "hotline":
  Gracias a su informe, la policía va a la dirección del formulario a la mañana siguiente. Es un autolavado. Ahí nadie lo conoce.
- else:
  La dirección del formulario resulta ser un autolavado. Nadie le da seguimiento.
}
-> aftermath

=== aftermath ===
{
- report_action == "emergency":
  Su informe llega a la policía. Un agente lo llama al día siguiente para confirmar dos detalles.
- report_action == "police":
  En el cambio de turno, {escalation_first} lee su informe y confirma que la policía y protección de menores ya lo tienen. Los datos del hombre y del carro también se envían a {hotline_name}.
- report_action == "hotline":
  En el cambio de turno, {escalation_first} lee su informe. Se envió a {hotline_name}, pero tratándose de una persona joven, la policía y {child_protection_name} lo necesitaban de inmediato.
- report_action == "supervisor":
  En el cambio de turno, {escalation_first} lee su informe. Tratándose de una persona joven, debió llegar más lejos, y más rápido.
- report_action == "log":
  Su informe queda en el registro del turno. Tratándose de una persona joven, una entrada en el registro no era suficiente.
- else:
  Nada de esta noche queda en el registro. Para su próximo turno, los detalles ya se están borrando.
}
Su turno termina a las siete, y ya dejó de nevar.
-> END
