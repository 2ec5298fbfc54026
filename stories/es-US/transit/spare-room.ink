// translation-of: sha256:3165f855e24812a7
# grammar: 1
# id: transit.spare_room
# title: Turno de la tarde: el cuarto libre
# setting: transit
# summary: Una persona joven lleva tres noches seguidas durmiendo en la sala de la terminal de autobuses. Un hombre amable con un abrigo color camello no deja de volver, y esta noche tiene la oferta de un cuarto.
# minutes: 12
# situation: sex_trafficking
# minor: yes
# variants: 2
# content_note: Esta historia trata de una persona de diecisiete años a la que echaron de su casa y no tiene dónde quedarse, y de un adulto que le ofrece un cuarto a cambio de "ayudar". Toca el riesgo de que la presionen a tener relaciones sexuales a cambio de un lugar donde quedarse. No se muestra ni se describe nada sexual. Puede tomar una pausa en cualquier momento.
# focus: Una persona joven sin dónde dormir y una oferta que suena amable: atienda una necesidad, no ponga etiquetas, y pase el caso más arriba aunque quiera irse
# character: omar; Omar; Conserje de la terminal de unos sesenta años, con un carrito de limpieza y un radio. Su compañero esta noche.
# character: river; River; Persona de diecisiete años con una sudadera negra con capucha, una sola mochila y un teléfono casi sin batería.
# character: cal; Cal; Hombre de unos treinta años con un abrigo color camello, amable y fácil de tratar, con las llaves del carro en el dedo.
# distractor: not.tired_or_shy
# distractor: not.cheap_clothes
# distractor: not.young_couple
# teaches: myth.only_women
# teaches: myth.initial_consent
# teaches: myth.would_ask_for_help

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

-> start

=== start ===
# phase: briefing
# bg: bus_station_hall
# ambience: bus_station
# show: omar:calm
Son las nueve y cuarto de la noche en la terminal de autobuses Crossways. Los últimos autobuses salen a las once y media.
Usted está en el turno de noche para {org_name}.
Omar detiene su carrito de limpieza a su lado.
La persona joven de la banca del fondo volvió. Tercera noche. # speaker: omar
Me dijo que tiene diecisiete cuando le pregunté por la banca. Se llama River. # speaker: omar
Y el hombre del abrigo color camello viene todas las noches a esta hora. Se sienta con cualquiera que esté solo. # speaker: omar
+ ["Tal vez solo es amable. ¿Alguna vez toma un autobús?" # score: observe +1 # why: Una pregunta abierta mantiene las dos posibilidades y busca el dato que importa: qué hace él aquí.]
  Ni una vez. # speaker: omar
  Compra café, se sienta, platica. Luego se va a su casa en carro. # speaker: omar
+ ["Los menores no pueden dormir en la sala. Le voy a decir a River que se vaya." # score: safety -2 # score: trust -1 # why: Mandar a una persona joven a la calle de noche le quita el único lugar donde los adultos pueden verla, y la deja con el hombre que tiene carro y un cuarto.]
  ¿Y a dónde va a ir? # speaker: omar # show: omar:guarded
  Afuera es peor, créame. # speaker: omar
+ ["Vamos a fijarnos con quién se sienta esta noche, y yo anoto las horas." # score: observe +1 # score: document +1 # why: Observar con calma y anotar en el momento es la base de un informe útil, y nadie se entera.]
  Voy a estar por el quiosco si me necesita. # speaker: omar
+ ["Avisemos ahora mismo al centro de control que volvió." # score: collaboration +1 # why: Avisar temprano al centro de control nunca está mal, pero hasta ahora hay poco que decirles, aparte de un hombre que se sienta y platica.]
  Claro. Aunque van a preguntar qué ha hecho. # speaker: omar
  ¿La verdad? Comprarle un sándwich a alguien joven. # speaker: omar
- Usted anota la hora y la ropa que lleva él. # requires: supervisor
  -> hall

=== hall ===
# phase: observe
# hide: omar
Empieza una ronda lenta por la sala. Mire, pero sin quedarse mirando.
- (around)
* [Mirar la banca del fondo # observe: far_bench # reveals: transit.few_belongings_wrong_clothes]
  Una mochila, abierta. Un cepillo de dientes en una bolsa de plástico. Un teléfono conectado con un cable al enchufe debajo de la banca.
  No hay abrigo. Afuera hace treinta y ocho grados Fahrenheit, y las puertas se abren cada pocos minutos.
  -> around
* [Pasar por el quiosco de bocadillos # observe: snack_kiosk # reveals: transit.recruiter_at_terminal]
  La empleada del quiosco se inclina mientras da el cambio.
  ¿El del abrigo color camello? Anoche le compró una hamburguesa a esa persona joven, dice.
  El martes fue una muchacha con una maleta de ruedas. Otra persona joven, la misma mesa.
  -> around
* [Mirar hacia el pasillo de los baños # observe: restrooms # reveals: nothing]
  Alguien duerme en la silla al final del pasillo, con una chamarra sobre la cara.
  Al acercarse, usted ve la credencial: un chofer de Crossways Coaches, tomando una siesta entre viajes.
  Levanta la chamarra, mira el reloj y se la vuelve a poner encima.
  -> around
* [Preguntar en la ventanilla 2 # observe: ticket_window # reveals: nothing # ambiguous: transit.recruiter_at_terminal]
  La agente de la ventanilla 2 se encoge de hombros.
  El hombre del abrigo color camello le preguntó a qué hora sale el último autobús a Eastgate. Ha venido todas las noches esta semana.
  Mucha gente pregunta eso, dice. A lo mejor espera a alguien que llega en él.
  -> around
+ [Caminar hacia la banca del fondo]
- -> first_talk

=== first_talk ===
# phase: talk
# show: river:guarded
River está en la banca con las rodillas levantadas, mirando la luz de carga del teléfono.
Al ver su uniforme, se jala la capucha un poco más hacia adelante. # discuss: ¿Qué sabe ya sobre River, y qué no necesita saber?
+ ["¿Ese hombre es su novio, o de su familia?" # score: trust -2 # score: culture -1 # why: Adivinar qué es él para River les pone una etiqueta a los dos y obliga a River a defender una relación en vez de hablar de lo que necesita.]
  -> guessed
+ [Dejar un segundo chocolate caliente en el otro extremo de la banca # score: trust +2 # score: safety +1 # why: Atender una necesidad simple, sin preguntas de por medio, le deja a River decidir si quiere hablar o no.]
  -> cocoa
+ ["Hola. Pasamos a ver a cualquiera que esté aquí varias noches seguidas. ¿Cómo le va?" # score: trust +1 # score: safety +1 # why: Decir por qué está ahí es honesto y de rutina. Es un poco más oficial de lo que a River le gustaría, pero deja espacio para responder.]
  -> routine
+ ["Necesito ver una identificación, por favor. ¿Cuántos años tiene, dónde están sus padres, y saben que está aquí?" # score: trust -2 # score: choice -1 # why: Empezar con una revisión de identificación y preguntas sobre la familia pone a River bajo sospecha, y una persona joven a la que echaron de su casa oye "te vamos a regresar".]
  -> id_check

=== guessed ===
River levanta la cabeza.
No es nada mío. Solo es amable conmigo. # speaker: river # show: river:guarded
¿Hay algún problema con eso? # speaker: river
Vuelve a mirar el teléfono. Usted perdió un poco de terreno.
-> after_open

=== id_check ===
River aprieta la mandíbula. # show: river:anxious
No voy a volver ahí. # speaker: river
Le muestra una credencial de la escuela sin mirarlo. La foto es de hace un año.
-> after_open

=== routine ===
Bien. # speaker: river
Estoy esperando a alguien. # speaker: river
-> after_open

=== cocoa ===
River mira el vaso un largo rato. Luego lo toma.
Gracias. # speaker: river
-> after_open

=== after_open ===
Mi padrastro leyó mis mensajes. # speaker: river
Mi mamá dijo que tenía que escoger. Y ya. # speaker: river
Se encoge de hombros, como si hablara de un autobús que se le fue.
Estuve en los sillones de amigos un tiempo. Se me acabaron los amigos. # speaker: river
+ ["¿Qué mensajes? ¿Qué encontró ahí? Me ayudaría a entender qué pasó en su casa." # critical: interrogate_victim # score: trust -2 # why: Lo que encontró la familia de River es asunto de River. Preguntarlo es curiosidad, no seguridad, y puede hacer que River vuelva a sentir que queda al descubierto.]
  -> pried
+ ["Nada de eso es culpa suya." # resolves: transit.recruiter_at_terminal # score: trust +2 # why: Ponerse del lado de River sin pedir detalles le dice que le creen, y eso es lo que hace posible lo que dice después.]
  -> believed
+ ["Está bien." # score: trust +1 # why: Decir poco y dejar que River siga a su ritmo es respetuoso. No le dice que le cree, pero tampoco le quita nada.]
  -> believed

=== pried ===
La cara de River se cierra. # show: river:anxious
¿Por qué todos quieren saber eso? # speaker: river
Olvídelo. Él tiene un cuarto, ¿sí? Me voy con él esta noche. # speaker: river
-> cal_back

=== believed ===
River asiente mirando al piso. # show: river:guarded
El del abrigo, Cal. Me ha comprado comida todas las noches esta semana. Tiene un cuarto libre. # speaker: river # indicator: transit.recruiter_at_terminal
Por allá en Eastgate. Él me lleva en su carro. # speaker: river # indicator: transit.unsure_destination_or_contact
Nada más tengo que ayudar. En la casa. # speaker: river # indicator: transit.too_good_job_offer
-> cal_back

=== cal_back ===
# show: cal:calm
Cal vuelve del quiosco con dos cafés y una sonrisa para usted.
Buenas noches, oficial. ¿Todo bien? # speaker: cal
+ ["Buenas noches."]
+ [Solo asentir]
- River es amistad de la familia. Le estoy consiguiendo un lugar donde quedarse. # speaker: cal
{variant == 2: River encuentra un paquete de galletas saladas en la mochila y se lo come entero en un minuto, rápido, sin levantar la vista.|Cal le da a River un panquecito. River se lo come en cuatro bocados, sin levantar la vista.} # indicator: transit.malnourished_drugged
Se sienta entre usted y River y extiende la mano para que River le dé el teléfono.
Dámelo, te pongo mi dirección. # speaker: cal
River se lo da. Cal se lo guarda en el bolsillo del abrigo cuando termina. # indicator: transit.restricted_monitored_movement
A River no le gusta hablar con desconocidos. ¿Verdad, River? # speaker: cal # indicator: transit.not_allowed_to_speak_or_separate
River no dice nada. # show: river:guarded
# requires: police
+ ["River, ¿de verdad es lo que quiere? Me puede decir, a él no le molesta." # critical: suspicion_in_front_of_controller # score: safety -2 # score: trust -1 # why: River no puede contestar libremente con Cal al lado y con su teléfono en la mano, y ahora Cal sabe que usted duda de él. Espere un momento en que River pueda hablar.]
  -> asked_in_front
+ [Desearles buenas noches y seguir hasta el quiosco # score: safety +2 # score: observe +1 # why: Una frase normal no le da a Cal motivo para apurarse a sacar a River, y usted no los pierde de vista mientras decide qué hacer.]
  -> watch
+ ["¿Amistad de la familia? River me acaba de decir que no tiene a dónde ir." # critical: confront_controller # score: safety -2 # score: trust -2 # why: Repetirle lo que River le contó al hombre que quizá se está ganando su confianza para explotarle pone a River en una mala situación y le dice a Cal que usted está vigilando.]
  -> confronted
+ [Quedarse de pie justo al lado de la banca y seguir con la plática, para que él no pueda levantarse e irse con River # score: safety -1 # score: trust -1 # why: Quedarse encima es mostrar sospecha con otro nombre. Cal lo nota, y puede llevarse a River antes, a un lugar donde usted no vea.]
  -> hovered

=== asked_in_front ===
River mira a Cal, no a usted.
Está bien. Sí quiero. # speaker: river
Cal sonríe. # show: cal:impatient
Ya no le quitamos más tiempo. # speaker: cal
-> leaving

=== confronted ===
Cal se ríe, suavemente.
Entonces qué suerte que me tiene a mí, ¿no? # speaker: cal # show: cal:impatient
Él mismo levanta la mochila de River.
Vámonos. Ya es tarde. # speaker: cal
-> leaving

=== hovered ===
Cal lo mira a usted ahí parado, y luego mira su reloj.
Bueno. No le quitamos más tiempo. # speaker: cal # show: cal:impatient
-> leaving

=== leaving ===
# phase: act
Cal se levanta. River también, más despacio, con el vaso vacío en la mano.
Caminan hacia las puertas principales. Cal lleva el teléfono y la mochila. # show: river:anxious
+ [Ir tras ellos con calma y tomar a River del brazo # critical: detain_or_rescue # score: safety -3 # myth: myth.security_rescues # why: Una mano en el brazo de River convierte una caminata al carro en un forcejeo. No es su trabajo, y puede terminar con alguien lastimado.]
  -> grab
+ [Quedarse atrás, anotar la placa cuando salga el carro y pasarla por radio # score: safety +1 # score: report +2 # score: document +1 # action: police # why: Usted no puede detenerlos y no debe intentarlo. El carro, la placa y la dirección son lo que la policía necesita para encontrar pronto a una persona de diecisiete años.]
  -> plate
+ [Dejarlos ir. River casi tiene dieciocho y lo decidió # score: safety -2 # score: report -2 # myth: myth.initial_consent # why: Una persona de diecisiete años que "escoge" un cuarto pagado con "ayudar" no puede dar su consentimiento a lo que eso puede significar. La seguridad de un menor siempre se pasa más arriba, diga lo que diga.]
  -> gone

=== watch ===
# phase: act
# hide: cal
Usted se detiene en el quiosco y compra una botella de agua que no quiere.
{variant == 2:
  Suena el teléfono de Cal. Contesta de pie, justo al lado de la banca, con una mano en la mochila de River y los ojos en la sala.
- else:
  Cal va a la ventanilla 2. Desde el quiosco, usted lo ve pagar en efectivo un boleto para el último autobús a Eastgate y señalar hacia River.
}
Omar pasa con el carrito y se detiene a su lado.
¿Qué está pensando? # speaker: omar # show: omar:calm # discuss: Cal tiene un carro, un cuarto y el teléfono de River. River quiere irse. ¿Qué opciones tiene, y qué cuesta cada una?
+ [Volver con River mientras Cal está ocupado: unas palabras en voz baja, para que River sepa primero por usted lo que va a pasar # score: trust +2 # score: safety -1 # why: Decírselo primero a River mantiene su confianza, pero cada minuto de plática es un minuto en que Cal puede darse cuenta, y la llamada igual hay que hacerla.]
  -> second_talk
+ ["Vigílelos por mí." Y hacer la llamada detrás del quiosco # score: safety +2 # score: report +2 # action: police # why: La edad de River lo decide: un adulto que le ofrece a un menor un cuarto a cambio de "ayudar" es un caso para la policía y protección de menores, y el mejor momento es antes del autobús.]
  -> called_quiet
+ ["Que el chofer a Eastgate no los deje subir. Sin escándalo." # score: safety -1 # score: collaboration -1 # why: Que el chofer los rechace en la puerta pone en alerta a Cal y lo manda a su carro, y le pide a un compañero que haga un trabajo que le toca a la policía.]
  -> driver_idea

=== driver_idea ===
Omar niega con la cabeza.
Tiene un carro afuera. No necesita el autobús. # speaker: omar # show: omar:guarded
Se saldría caminando con River y ya. # speaker: omar
+ ["Tiene razón." Ir detrás del quiosco y llamar por radio a {escalation_first} para pedir policía y protección de menores # action: police]
  -> called_quiet

=== second_talk ===
{
- variant == 2:
  -> pretext
- else:
  Usted se sienta en el otro extremo de la banca. Cal está en la ventanilla, de espaldas.
  -> honest_talk
}

=== pretext ===
Cal sigue en su llamada, tan cerca que puede tocar la mochila.
Usted intenta lo único que sería de rutina para cualquiera.
Quienes se quedan toda la noche firman la hoja de bienestar en la oficina. Uno a la vez, son las reglas. # speaker: officer
Cal baja el teléfono.
No se va a quedar toda la noche. Se va conmigo. # speaker: cal # show: cal:impatient
Gracias, de todos modos. # speaker: cal
+ ["No hay problema." Alejarse y hacer la llamada sin que lo vean # score: safety +2 # score: report +1 # action: police # why: Cuando la persona que controla dice que no, usted se detiene. Insistir con el pretexto solo probaría que sospecha. La llamada es lo que ahora ayuda a River.]
  -> called_quiet
+ [Intentar una vez más, en tono ligero: "Es solo un minuto, y en la oficina hay café gratis, si River quiere." # score: safety -1 # score: trust -1 # why: Un segundo intento después de un no es presión, por ligero que sea el tono. Cal ya vio que usted quiere a River a solas.]
  Cal sonríe y no contesta. Levanta la mochila de River. # show: cal:impatient
  -> leaving
+ ["No es opcional. River viene conmigo." # critical: suspicion_in_front_of_controller # score: safety -2 # why: Insistir convierte una regla de rutina en un desafío. Cal ahora sabe que usted lo vigila, y River es quien está a su lado.]
  -> leaving

=== honest_talk ===
River mira hacia la ventanilla, y luego a usted. # show: river:guarded
Me va a decir algo de Cal. # speaker: river
Dijo que sus amigos van mucho a su casa. Que ayudan con la renta si yo soy, como, amable. # speaker: river
No nací ayer. Sé lo que eso significa. Es mejor que la banca. # speaker: river # discuss: River nombró el riesgo y aun así quiere irse. ¿Qué le debe ahora a River, y qué no puede prometerle?
+ ["Usted tiene diecisiete años, así que voy a llamar a la policía y a protección de menores. Le voy a decir cada paso." # score: trust +2 # score: safety +1 # score: report +1 # action: police # why: Honesto sobre lo que sigue y por qué, y cuidadoso con lo que River contó. Puede que River se enoje, pero nada le va a tomar por sorpresa ni le va a parecer una traición.]
  -> told_honestly
+ ["Dígame y me aseguro de que nunca se le vuelva a acercar. Nadie se va a enterar nunca de que habló conmigo esta noche, se lo prometo." # critical: promise_cannot_keep # score: trust -2 # why: Usted no puede prometer lo que harán la policía o Cal, ni guardar en secreto lo que dijo River. Una promesa rota le enseña a River que quienes ayudan mienten.]
  -> promised
+ ["Usted decide. Si sale mal, aquí tiene una tarjeta con un número." # score: safety -2 # score: choice +1 # myth: myth.initial_consent # why: Con una persona adulta, respetar la decisión es lo correcto. A una persona de diecisiete años a la que le ofrecen una cama a cambio de sexo su caso se pasa más arriba, diga lo que diga.]
  -> card_only

=== told_honestly ===
River se le queda mirando.
¿En serio? Me van a mandar a mi casa. # speaker: river # show: river:anxious
No sé qué van a decidir. Sé que no van a dejar que duerma en una banca. # speaker: officer
River se baja la capucha sobre los ojos y no se levanta.
Usted camina al quiosco, desde donde todavía ve a River, y llama por radio a {escalation_first}.
Una persona de diecisiete años sin dónde quedarse. Un adulto que le ofrece un cuarto a cambio de "ayudar". Él tiene su teléfono. El último autobús a Eastgate sale a las once y media.
La llamada pasa a la policía y a {child_protection_name}. La policía dice que veinte minutos.
-> cal_returns

=== called_quiet ===
Lo dice en pocas palabras. Una persona de diecisiete años sin dónde quedarse. Un adulto que le ofrece un cuarto a cambio de "ayudar". Tiene su teléfono. El último autobús a Eastgate sale a las once y media, y él tiene carro.
La llamada pasa a la policía y a {child_protection_name}. La policía dice que veinte minutos.
-> cal_returns

=== cal_returns ===
# show: cal:calm
{variant == 2: Cal termina su llamada y se vuelve a sentar. No parece tener ninguna prisa.|Cal vuelve de la ventanilla con un boleto y lo mete en la mochila de River.} # indicator: transit.ticket_bought_by_other
Pasan diez minutos. Cal mira el reloj, y luego a usted.
¿Hay algún problema, oficial? # speaker: cal # show: cal:impatient
+ ["Noche movida. Estoy aquí hasta el último autobús." # score: safety +2 # why: Cierto, aburrido e igual para todos. No le da a Cal nada a qué reaccionar mientras la policía viene en camino.]
  Qué bueno saberlo. # speaker: cal # show: cal:calm
  -> police_arrive
+ ["La policía viene en camino por lo de River, así que no se vaya a ningún lado." # critical: suspicion_in_front_of_controller # score: safety -2 # why: Decirle a Cal que viene la policía le da todos los motivos para irse ya, y River puede irse con él.]
  -> cal_pulls
+ [No decir nada. Mantener la distancia y no quitarle los ojos a la banca hasta que lleguen # score: safety +1 # why: El silencio lo mantiene fuera de una discusión, pero puede sentirse frío y vigilante, y Cal también puede notarlo.]
  Cal se encoge de hombros y vuelve a River. # show: cal:calm
  -> police_arrive

=== cal_pulls ===
Cal se levanta y toma a River de la parte de arriba del brazo.
Nos vamos. Ya. # speaker: cal
River se resiste, pero él no afloja. Lleva a River hacia las puertas principales y el carro de afuera. # show: river:anxious
# requires: emergency
-> danger

=== grab ===
Usted agarra la manga de River.
River se aparta de golpe de usted, no de él. # show: river:anxious
¡Suélteme! # speaker: river
Cal toma a River del otro brazo y camina rápido con River hacia las puertas. # show: cal:impatient
# requires: emergency
-> danger

=== danger ===
Afuera hay un hatchback gris estacionado con las intermitentes encendidas.
+ [Quedarse atrás y llamar al {emergency_number}: el carro, la placa, la edad de River # score: safety +3 # score: report +2 # action: emergency # why: Están llevando a un menor hacia un carro en contra de su voluntad: es una emergencia. La distancia le da seguridad a usted, y lo que usted ve es lo que la policía va a necesitar.]
  -> called_emergency
+ [Gritar desde el otro lado de la sala: "¡River! ¡No tiene que irse con él!" # score: safety -2 # score: trust -1 # why: Gritar obliga a River a decidir delante de Cal, y le dice a Cal que se apure. No acerca la ayuda: la llamada de emergencia sí.]
  River no voltea. Cal camina más rápido. # show: cal:impatient
  -> radio_wait
+ [Ponerse delante del carro para que no pueda arrancar # critical: detain_or_rescue # score: safety -3 # why: Pararse delante de un carro en marcha con una persona joven adentro puede lastimarlos a los dos. Llame, mantenga la distancia y sea testigo.]
  -> car_block
+ [Pedirle a Omar que detenga las puertas principales mientras usted llama por radio a {escalation_first} y le pregunta al centro de control qué quiere que haga # critical: no_emergency_call # score: safety -2 # why: Cuando a alguien se lo llevan a algún lado en este momento, primero va el número de emergencias. El centro de control va justo después.]
  -> radio_wait

=== called_emergency ===
Usted llama al {emergency_number} y dice lo que ve: un adulto lleva a una persona de diecisiete años hacia un hatchback gris en contra de su voluntad.
{
- variant == 2:
  Cal ve el teléfono en su oído. No se detiene. Abre la puerta del copiloto.
  En la banqueta, River se zafa de él y retrocede a tropezones hacia las puertas de la terminal.
  Cal se sube y arranca. Usted le lee la placa a quien atiende la llamada mientras se aleja. # hide: cal
- else:
  Cal ve el teléfono en su oído. Suelta a River, se sube al hatchback y arranca. Usted lee la placa en voz alta mientras se aleja. # hide: cal
}
River se queda justo adentro de las puertas, temblando, sin teléfono.
Usted se queda a unos pasos. Omar trae una cobija de la compañía de autobuses y la deja en la banca, no encima de River.
# ending: emergency; Llegó la policía, y River seguía en la terminal
La policía llega en minutos, y poco después alguien de {child_protection_name}. Usted no está en la sala cuando hablan con River.
-> file_report(-> epilogue_emergency)

=== car_block ===
Usted se baja de la banqueta. Cal mete a River al asiento del copiloto y el carro le da la vuelta a usted con un volantazo. # hide: cal # hide: river
Solo entonces llama al {emergency_number}. Tiene el color. No alcanzó a ver la placa.
# ending: car_left; El carro se fue con River
-> file_report(-> epilogue_gone)

=== radio_wait ===
El centro de control responde después de unos segundos. Lo primero que oye es: llame al {emergency_number}, ya.
Para cuando llama, el hatchback ya se fue, y River con él. Vio el color, no la placa. # hide: cal # hide: river
# ending: car_left; El carro se fue con River
-> file_report(-> epilogue_gone)

=== plate ===
Usted camina detrás de ellos a distancia, como cualquiera que va de salida.
En las puertas, Cal lleva a River a un hatchback gris. Usted lee la placa, la marca y la dirección: al este, hacia la autopista. # hide: cal # hide: river
Llama por radio a {escalation_first} antes de perder de vista el carro. La llamada va a la policía y a {child_protection_name} con la placa.
# ending: plate_passed; River se fue con Cal, y la policía tenía la placa
-> file_report(-> epilogue_plate)

=== gone ===
Salen por las puertas principales. Un minuto después arranca un hatchback gris. # hide: cal # hide: river
# ending: went_with_him; River se fue con Cal
Usted termina su ronda. La banca del fondo está vacía.
-> file_report(-> epilogue_gone)

=== card_only ===
River toma la tarjeta y la guarda detrás de la funda del teléfono, y entonces se acuerda de que Cal tiene el teléfono.
Cal vuelve con un boleto y lo mete en la mochila de River. # show: cal:calm # indicator: transit.ticket_bought_by_other
A las once salen juntos hacia el carro. # hide: cal # hide: river
# ending: went_with_him; River se fue con Cal
-> file_report(-> epilogue_gone)

=== promised ===
River lo mira un largo rato.
Eso mismo dijo la última persona. # speaker: river # show: river:guarded
Cal viene de regreso de la ventanilla. River se levanta para ir con él. # show: cal:calm
-> leaving

=== police_arrive ===
Dos agentes de policía entran por las puertas principales. Un poco después llega una persona de {child_protection_name}.
Usted los recibe junto al quiosco, lejos de la banca.
{variant == 2: Cal habla con los agentes un buen rato, tranquilo y razonable. Estaba ayudando a una persona joven. ¿Ahora eso es delito?|Cal los ve entrar. Se despide de River, toma las llaves del carro y camina a la puerta. Un agente sale tras él.} # hide: cal
Uno de los agentes le pregunta cómo describiría a River.
+ ["Diecisiete años. Sin un lugar seguro para dormir. Él le ofreció un cuarto a cambio de 'ayudar' y le quitó el teléfono." # score: culture +2 # score: document +1 # why: Hechos, citas y la situación, con palabras neutrales. La vida privada de River le toca a River contarla, a quien decida.]
  -> handover
+ ["Solo lo que vi y oí esta noche. River les puede contar lo demás." # score: document +1 # score: choice +1 # why: Limitarse a lo que usted observó es correcto y respeta la voz de River. Un poco más de detalle sobre la oferta y el teléfono habría ayudado a los agentes a empezar.]
  -> handover
+ ["Se escapó de su casa. Creo que es gay, que su familia le dio la espalda por eso, y se juntó con un tipo mayor." # critical: profiling # score: culture -3 # score: trust -2 # why: Adivinar la orientación sexual de River y pasarla a otros es revelarla sin su permiso, y no es lo que le puso en riesgo. Lo que importa es lo que hizo Cal: el cuarto, el precio y el teléfono.]
  -> handover_labelled

=== handover ===
El agente lo anota y asiente.
River ya se enderezó en la banca y está hablando con la persona de {child_protection_name}. No mucho, pero hablando. # show: river:guarded
# ending: police_met; La policía y protección de menores recibieron a River en la terminal
-> file_report(-> epilogue_police)

=== handover_labelled ===
El agente lo anota.
Al otro lado de la sala, River lo oyó. Le dirige a usted una sola mirada, y luego ya no. # show: river:anxious
# ending: police_met; La policía y protección de menores recibieron a River en la terminal
-> file_report(-> epilogue_police)

=== epilogue_police ===
En el cambio de turno, {escalation_first} le dice que River pasó la noche en un albergue juvenil, no en su casa.
Nadie le dice más que eso. Con una persona joven, es lo que corresponde saber.
-> aftermath

=== epilogue_plate ===
Veinte minutos después, la policía detiene el hatchback gris en la rampa de la autopista. River va adentro. Usted solo sabe eso, y nada más.
-> aftermath

=== epilogue_emergency ===
La noche siguiente, la banca del fondo está vacía. Omar dice que el del abrigo color camello no ha vuelto.
-> aftermath

=== epilogue_gone ===
{
- report_action == "emergency" || report_action == "police":
  La policía tiene la descripción de Cal y las horas de su informe. Empiezan por las cámaras de la terminal.
- else:
  Esta noche nadie fuera de la terminal se entera de lo de River.
}
-> aftermath

=== aftermath ===
{
- report_action == "emergency":
  Su informe va a la policía. Un agente lo llama al día siguiente para repasar las horas con usted.
- report_action == "police":
  {escalation_first} lee su informe y confirma que la policía y {child_protection_name} lo tienen.
- report_action == "hotline":
  {escalation_first} lee su informe. Fue a {hotline_name}, pero con una persona joven de por medio, la policía y {child_protection_name} lo necesitaban esta noche.
- report_action == "supervisor":
  {escalation_first} lee su informe. Con una persona de diecisiete años de por medio, tenía que llegar más lejos, y más rápido.
- report_action == "log":
  Su informe va al registro del turno. Con una persona joven de por medio, una anotación en el registro no bastaba.
- else:
  Nada de esta noche queda en el registro.
}
Omar pregunta si la terminal podría poner una lista de centros de ayuda para jóvenes junto a los baños. Usted dice que va a preguntar.
Su turno termina a la una.
-> END
