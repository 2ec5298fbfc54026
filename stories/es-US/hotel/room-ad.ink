// translation-of: sha256:a366d422a6b8a638
# grammar: 1
# id: hotel.room_ad
# title: Turno de noche: la habitación del anuncio
# setting: hotel
# summary: La habitación 414 lleva cuatro noches reservada noche por noche. No dejan de llegar hombres que preguntan por ella, se quedan media hora y se van, y un hombre sentado en un sillón del vestíbulo reparte las tarjetas llave.
# minutes: 12
# situation: sex_trafficking
# minor: no
# variants: 2
# content_note: Esta historia trata de una mujer adulta a quien quizás venden con fines sexuales por medio de un anuncio en internet, y de un hombre que viene al hotel a pagar por sexo. No se muestra ni se describe nada sexual. En uno de los caminos se oyen gritos detrás de una puerta cerrada. Puede tomar una pausa en cualquier momento.
# focus: Muchas visitas a una sola habitación: nunca ayude a un comprador, no confronte a nadie y acepte un "no" en la puerta
# character: dana; Dana; La auditora de noche en la recepción, de unos cincuenta años, con los lentes de leer colgados de un cordón. Su compañera esta noche.
# character: shawn; Shawn; Un hombre de unos treinta años con un suéter azul marino de cierre, sentado en el sillón del vestíbulo con dos teléfonos.
# character: greg; Greg; Un hombre de unos cuarenta años con un chaleco de felpa, que lleva el teléfono en la mano, por delante.
# character: nina; Nina; Una mujer de unos veinte años con una bata del hotel y el pelo recogido.
# distractor: not.late_arrival
# distractor: not.travels_light_short_stay
# teaches: myth.would_ask_for_help
# teaches: myth.one_flag_or_nationality
# teaches: myth.security_rescues
# teaches: myth.trauma_hostile_or_flat

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

-> start

=== start ===
# phase: briefing
# bg: hotel_lobby_night
# ambience: lobby_night
# show: dana:calm
Son las dos menos veinte de la mañana en el Harborview Inn. Usted tiene el turno de noche para {org_name}.
Dana se baja los lentes y voltea un poco la pantalla de la recepción hacia usted.
Es el tercer hombre desde la medianoche que me pregunta por la habitación 414. # speaker: dana
No por un nombre. Solo levanta el teléfono y dice "la cuatro catorce". # speaker: dana
+ ["Puede ser una fiesta. ¿Qué es lo que a usted le parece raro?" # score: observe +1 # why: Una pregunta abierta deja lugar a una explicación inocente y le pide a su compañera lo que ella de verdad ha visto.]
  Nadie se queda. Veinte minutos, media hora, y se van. # speaker: dana
  Y nadie baja nunca con otra persona. # speaker: dana
+ ["Voy a subir ahora a tocar en la 414, solo para preguntarles con educación qué está pasando." # score: safety -2 # score: trust -1 # why: Tocar sin un motivo que alguien adentro pueda aceptar le muestra a quien maneja esa habitación que el personal está vigilando, y quien lo paga es la persona que está adentro.]
  Dana se quita los lentes. # show: dana:guarded
  ¿Y decirles qué? No han roto ninguna regla que yo pueda nombrar. # speaker: dana
+ [Empezar una lista de horas y caras en una hoja de incidentes # score: observe +1 # score: document +2 # why: Las notas escritas en el momento son la base de una remisión después, y empezarlas no cuesta nada ni alerta a nadie.]
  Bien. Tengo las horas de los dos primeros en el registro de llaves. # speaker: dana
+ ["Avisemos ya al centro de control sobre la 414." # score: collaboration +1 # why: Avisar pronto al centro de control nunca está mal, pero por ahora solo hay un patrón de visitas, y le van a pedir más.]
  Me imagino que van a querer algo más que "siguen llegando hombres". # speaker: dana
- Usted anota la hora. # requires: log
  -> lobby

=== lobby ===
# phase: observe
# hide: dana
Usted da una vuelta lenta por el vestíbulo, como cada hora.
- (around)
* [Leer la reserva en la pantalla de la recepción # observe: desk_screen # reveals: hotel.hourly_or_day_by_day_stay]
  Habitación 414, reservada a nombre de S. Ward. Un solo huésped en el formulario.
  Pagada en efectivo, noche por noche, ya van cuatro noches. Cada noche extra se paga antes de las nueve de la noche siguiente.
  -> around
* [Revisar hacia atrás la cámara del cuarto piso # observe: cctv_monitor # reveals: hotel.heavy_foot_traffic_room]
  La cámara del cuarto piso, desde las diez de la noche.
  {variant == 2: Cuatro hombres distintos caminan hasta la 414, cada uno con un teléfono en la mano.|Cinco hombres distintos caminan hasta la 414, uno por uno.} Cada uno vuelve al elevador en menos de cuarenta minutos.
  -> around
* [Mirar las tarjetas llave en la mesita # observe: keycards # reveals: hotel.room_location_and_keys_requests]
  Un abanico de tarjetas llave en fundas del Harborview, todas marcadas con 414 en bolígrafo.
  Dana le revisa el registro de llaves: seis tarjetas hechas para una habitación de un solo huésped, todas pedidas la primera noche.
  -> around
* [Echar un vistazo al sillón de frente a los elevadores # observe: lobby_armchair # reveals: nothing # ambiguous: hotel.lookout_hall_lobby_lot]
  Un hombre con un suéter azul marino está sentado en el sillón, con dos teléfonos sobre la rodilla. # show: shawn:calm
  Levanta la vista cada vez que se abre el elevador, y la baja cuando ve que no es para él.
  Alguien que espera a que baje un amigo, o alguien que vigila quién sube. Desde aquí, las dos cosas se ven igual.
  -> around
* [Ver cómo está la viajera del sofá # observe: sofa_traveller # reveals: nothing]
  Una estudiante con una mochila enorme, dormida con un vale del transporte al aeropuerto en la mano.
  El primer transporte al aeropuerto sale a las cuatro y media. Ahí donde está, va a estar bien.
  -> around
* [Mirar al huésped junto a la ventana # observe: window_caller # reveals: nothing]
  Un huésped con abrigo camina de un lado a otro junto a la ventana con el teléfono, con una maleta pequeña a sus pies.
  Usted alcanza a oír "me cambiaron el vuelo a las seis". Se registró a la una, cansado y educado.
  -> around
+ [Volver a la recepción]
- -> buyer

=== buyer ===
# phase: talk
# show: dana:calm
# show: greg:calm
Las puertas principales se abren. Un hombre con un chaleco de felpa camina directo a la recepción.
No mira a Dana. Le muestra a usted el teléfono, con la pantalla por delante.
Ella dijo que preguntara en la recepción. ¿La cuatro catorce? # speaker: greg # indicator: hotel.buyer_asks_adult_services
En la pantalla hay un anuncio de acompañantes: fotos, una lista de precios y el nombre del hotel. # discuss: Este hombre quizás está por pagar por sexo con alguien que no es libre de decir que no. ¿Qué le toca hacer a usted con él, y qué no?
+ ["Está al final del cuarto piso, pasando la máquina de hielo." # critical: facilitate_buyer # score: safety -3 # why: Indicarle el camino a la habitación es ayudarlo a comprar, y el número de la habitación es justo lo que vino a buscar a la recepción.]
  -> directed
+ [Decirle que no puede dar datos de los huéspedes, y anotar su cara y la hora # score: safety +1 # score: document +2 # why: Un no seco no le da nada y no empieza ninguna discusión, y su descripción y la hora son justo lo que necesita un informe.]
  -> refused
+ ["Sé qué anuncio es ese. Váyase ahora o llamo a la policía." # score: safety -2 # score: document -1 # why: Una amenaza le dice a él, y a cualquiera a quien le mande un mensaje, que la recepción vigila la 414, y él se va antes de que usted tenga algo útil sobre él.]
  -> threatened
+ ["Aquí no. Pero hay un motel en la Ruta 9 donde nadie hace preguntas." # critical: facilitate_buyer # score: safety -2 # why: Mandar a un comprador a otro lugar no protege a nadie. Solo saca el daño de su vista y le ayuda a seguir.]
  -> directed

=== directed ===
Él asiente, se guarda el teléfono y va hacia los elevadores sin decir nada más.
Dana lo mira fijamente a usted por encima de los lentes. # show: dana:guarded
-> key_handoff

=== refused ===
Se encoge de hombros, como si ya lo esperara.
-> key_handoff

=== threatened ===
Da un paso atrás con las manos en alto.
Tranquilo. Me equivoqué de hotel, supongo. # speaker: greg # show: greg:impatient
No se va. En cambio, camina hacia el sillón.
-> key_handoff

=== key_handoff ===
El hombre del sillón se levanta, toma una tarjeta llave de la mesita y se la da sin decir una palabra. # indicator: hotel.companion_holds_id_money_keys
El visitante sube. El hombre del sillón se vuelve a sentar y escribe algo en uno de sus teléfonos. # hide: greg
Veinticinco minutos después suena el teléfono de la recepción. Dana contesta y luego se lo pasa a usted.
Es la huésped de la 416. Dice que se oyen muchos golpes al lado, y que ahora una mujer está llorando.
-> corridor

=== corridor ===
# bg: hotel_corridor_night
# ambience: hotel_corridor
# hide: dana
# hide: shawn
Usted sube por las escaleras al cuarto piso. Las luces del pasillo están encendidas al máximo toda la noche.
La 414 tiene colgado el letrero de No molestar, y un montón de toallas usadas junto a la puerta.
Cuando usted llega, la puerta se abre y sale el hombre del chaleco de felpa, con la cabeza baja, caminando rápido hacia el elevador.
+ [Ponerse delante de él y decirle que no se va hasta que la policía hable con él # critical: detain_or_rescue # score: safety -3 # why: Cerrarle el paso a un hombre en un pasillo puede terminar en pelea, y retener a alguien no es su trabajo. Su descripción y la hora ya dicen lo que usted necesita.]
  Él lo empuja con el hombro al pasar y baja las escaleras de dos en dos. # show: greg:impatient # hide: greg
  -> knock
+ [Dejarlo pasar, anotar la hora y tocar de inmediato en la 414 # score: safety +2 # score: trust +1 # why: La llamada por ruido es sobre quien está en la habitación, así que usted va directo a esa persona, con un motivo verdadero y común.]
  -> knock
+ [Dejarlo pasar, ver hacia dónde va y qué lleva, y luego tocar # score: document +2 # score: safety +1 # why: Una descripción más completa ayuda a la policía después, pero la persona en la habitación espera un minuto más tras una llamada por alguien que llora.]
  Baja en el elevador. No lleva nada en las manos aparte del teléfono.
  -> knock

=== knock ===
Usted toca dos veces.
Seguridad del hotel. Recibimos una llamada por ruido. Solo vengo a ver que todos estén bien. # speaker: officer
La puerta se abre hasta donde da la cadena. Una mujer con bata del hotel lo mira a usted, y luego mira detrás de usted, hacia el pasillo. # show: nina:guarded
Estamos bien. Se me cayó el control de la tele. Mi novio está abajo, ya viene. # speaker: nina # indicator: hotel.confused_rehearsed_guest
{variant == 2: Lo dice rápido, como algo que ya ha dicho antes. Mira el teléfono que tiene en la mano.|Lo dice rápido, como algo que ya ha dicho antes. No suelta la puerta.}
Detrás de ella, sobre la cómoda, hay tres teléfonos cargándose y un fajo de billetes sujeto con una liga para el pelo. # indicator: hotel.paraphernalia_cash_devices
-> at_door

=== at_door ===
# discuss: Ella dice que está bien. ¿Qué le puede ofrecer que no dependa de que ella le diga la verdad esta noche?
+ ["¿El hombre que acaba de salir era un cliente suyo? ¿Cuánto le pagó esta noche, y quién se queda con el dinero?" # critical: interrogate_victim # score: trust -2 # why: Preguntar por los compradores y el dinero es trabajo de un investigador. En una puerta con la cadena puesta, y con el hombre de abajo vigilando el elevador, esas preguntas solo la pueden perjudicar.]
  -> shut
+ ["¿Es usted víctima de trata de personas? Puede decírmelo, no le voy a decir nada a él." # critical: labelling_question # critical: promise_cannot_keep # score: trust -2 # why: Ponerle una etiqueta casi siempre recibe un "no", y un secreto que usted no puede guardar es una promesa que ella ya ha visto romperse.]
  -> shut
+ ["Está bien. ¿Se siente segura ahí adentro esta noche? Es lo único que necesito saber." # resolves: hotel.lookout_hall_lobby_lot # score: trust +1 # score: safety +1 # why: Una sola pregunta sobre su seguridad, sin etiquetas ni presión, le deja espacio para decir más. Bien puede decir que no, y esa respuesta le toca a ella.]
  -> safe_question
+ ["¿Le parece bien si paso y echo un vistazo rápido?" # score: trust -1 # score: choice -1 # why: Pedir entrar convierte una visita para ver si está bien en un registro. Ella tiene todas las razones para negarse, y ahora sabe que usted sospecha de la habitación.]
  -> asked_in
+ [Asentir, y darle la tarjeta de la recepción que tiene {hotline_name} # score: trust +2 # score: choice +1 # why: No pide nada y no supone nada, y el número se queda con ella, decida lo que decida esta noche.]
  -> card

=== shut ===
Se le cierra la expresión. # show: nina:anxious
Ya le dije que estamos bien. Váyase, por favor. Desde abajo él ve el elevador. # speaker: nina
La puerta se cierra. Del otro lado suena la cadena.
-> downstairs

=== asked_in ===
No. # speaker: nina # show: nina:anxious
No hay nada que ver. Por favor, váyase. # speaker: nina
La puerta se cierra.
-> downstairs

=== safe_question ===
Ella lo mira a usted un largo momento.
Estoy bien. Pero él se sienta donde puede ver el elevador. Si se entera de que hablé con seguridad, no voy a estar bien. # speaker: nina # indicator: hotel.lookout_hall_lobby_lot
Usted le ofrece la tarjeta que tiene {hotline_name}. Ella la toma, la dobla bien chiquita y la guarda en el bolsillo de la bata.
-> downstairs

=== card ===
Ella mira hacia el pasillo antes de tomarla.
Rápido. Él vigila el elevador desde abajo. # speaker: nina # indicator: hotel.lookout_hall_lobby_lot
No soy ninguna víctima, ¿sabe? Soy una mujer adulta. # speaker: nina
Aun así, dobla la tarjeta bien chiquita y la guarda en el bolsillo de la bata.
-> downstairs

=== downstairs ===
# phase: act
# bg: hotel_lobby_night
# ambience: lobby_night
# hide: nina
# show: dana:calm
# show: shawn:calm
{
- variant == 2:
  -> raised_voices
- else:
  -> back_in_lobby
}

=== back_in_lobby ===
Cuando el elevador se abre en el vestíbulo, el hombre del sillón ya lo está mirando a usted.
¿Todo bien allá arriba? # speaker: shawn
# requires: hotline
+ ["Una llamada por ruido. A alguien se le cayó algo. Ya está tranquilo." # score: safety +2 # why: Es verdad, es aburrido y es igual que cualquier llamada por ruido. No le da ningún motivo para llevársela esta noche.]
  -> report_choice
+ ["Sé lo que usted maneja en esa habitación. Se acabó." # critical: confront_controller # score: safety -3 # why: Él puede llevársela en menos de una hora, y es ella quien paga por lo que dijo seguridad.]
  -> moved_on
+ [Pasar junto a él hasta la recepción sin decir nada # score: safety +1 # why: No decir nada no empieza ninguna discusión, pero puede parecer que usted está vigilando, y él lo nota.]
  Lo mira a usted todo el camino hasta la recepción. # show: shawn:guarded
  -> report_choice

=== report_choice ===
Dana le pasa el registro de llaves y las horas de la cámara. # show: dana:calm
# discuss: Ella es adulta y dijo que está bien. ¿Quién debe enterarse de lo de la 414 esta noche, y quién decide qué pasa después?
+ [Comunicarse por radio con {escalation_first} y llamar juntos a {hotline_name}, con sus notas # score: report +2 # score: document +1 # action: hotline # why: Un patrón así, con una adulta que no quiso ayuda, es justamente para lo que existe la línea de ayuda: personal capacitado decide los siguientes pasos, y ella se queda con el número que usted le dio.]
  -> referred
+ [Llamar ya a la policía y pedirles que vengan a abrir la 414 mientras siguen llegando visitas # score: choice -2 # score: safety -1 # action: police # why: Una adulta que dijo que está bien, sin nadie en peligro inmediato, decide por sí misma sobre la policía. Un operativo esta noche podría terminar con ella arrestada, y quizás nunca llame a ese número.]
  -> police_sent
+ [Anotarlo en la bitácora del turno, para que el gerente de día decida sobre la reserva # score: report -1 # action: log # why: Una nota para la mañana deja constancia, pero una habitación donde venden a alguien desde esta noche necesita a personas que puedan actuar antes.]
  -> logged

=== referred ===
La persona que atiende en {hotline_name} hace buenas preguntas, y usted tiene las respuestas por escrito.
Van a involucrar a organizaciones locales. Le agradecen que no haya entrado a la habitación.
# ending: hotline_referral; La línea de ayuda tenía el patrón, y ella tenía el número
-> file_report(-> epilogue_referred)

=== police_sent ===
Veinte minutos después llegan dos policías por la entrada. Cuando llegan a la recepción, el sillón está vacío. # hide: shawn
Tocan en la 414. Ella les dice que está bien. Anotan su nombre y se van.
# ending: police_knock; La policía tocó, y ella les dijo que estaba bien
-> file_report(-> epilogue_police)

=== logged ===
Usted lo escribe para la mañana: horas, caras, las tarjetas llave, el hombre del sillón.
# ending: logged; La 414 quedó en la bitácora de la mañana
-> file_report(-> epilogue_logged)

=== moved_on ===
Él sonríe y se pone de pie. # show: shawn:impatient
Estoy esperando a un amigo, oficial. ¿Ahora eso va contra las reglas? # speaker: shawn
Hace una llamada junto a la puerta lateral. Diez minutos después baja una mujer con el pelo recogido y una sudadera con capucha, con una bolsa, y sale con él hacia un carro. No mira la recepción. # hide: shawn
# requires: hotline
+ [Comunicarse por radio con {escalation_first} y, junto con ellos, llamar a {hotline_name} con la placa y las horas # score: report +1 # action: hotline # why: La oportunidad de ayudarla aquí ya pasó, pero la placa y el patrón todavía pueden llegar a personas que la pueden encontrar.]
  # ending: moved_on; Él se la llevó esa misma noche
  -> file_report(-> epilogue_moved)
+ [Dejarlo así. Ella salió caminando por su cuenta, así que adónde vaya ahora es asunto suyo # score: report -2 # myth: myth.would_ask_for_help # why: Salir caminando al lado de él no es lo mismo que ser libre de irse. Un patrón tan claro igual se pasa a personas que le pueden dar seguimiento.]
  # ending: moved_on; Él se la llevó esa misma noche
  -> file_report(-> epilogue_moved)

=== raised_voices ===
Cuando el elevador se abre en el vestíbulo, el sillón está vacío. El otro elevador va subiendo. # hide: shawn
Suena el teléfono de la recepción. Dana escucha y se pone pálida.
Es otra vez la 416. Gritos en la 414. Una mujer que dice "suélteme". # speaker: dana # show: dana:anxious
# requires: emergency
+ [Marcar {emergency_number}: habitación 414, una mujer que grita "suélteme" # score: safety +3 # score: report +2 # action: emergency # why: Una mujer que grita "suélteme" detrás de una puerta está en peligro inmediato. La llamada de emergencia va primero, y usted puede ser testigo desde el pasillo.]
  -> called_emergency
+ [Subir al cuarto piso y escuchar primero afuera de la 414, para decirle exactamente a la operadora qué está pasando # score: safety -2 # score: report -1 # why: Cada minuto en las escaleras es un minuto sin ayuda en camino. Dana ya oyó suficiente: llame, y luego vaya solo hasta el pasillo.]
  -> went_to_listen
+ [Tomar la tarjeta maestra de la recepción y subir corriendo a abrir la 414 # critical: detain_or_rescue # myth: myth.security_rescues # score: safety -3 # why: Abrir una puerta en medio de una pelea los pone a usted y a ella en el medio. Primero llame, y luego vaya solo hasta el pasillo.]
  -> ran_up
+ [Comunicarse por radio con {escalation_first} y preguntar qué quieren que haga # critical: no_emergency_call # score: safety -2 # why: El centro de control le va a decir que llame al número de emergencias, y esos son los minutos que importan.]
  -> radio_first

=== called_emergency ===
Usted le da a la operadora la habitación, el piso y lo que oyó Dana, y se queda en la línea.
Desde el pasillo del cuarto piso oye que la puerta de la 414 se abre de golpe. El hombre del suéter azul marino baja rápido por las escaleras. # show: shawn:impatient # hide: shawn
La policía llega en pocos minutos. Ella está sentada en el piso, justo detrás de la puerta, sujetándose la bata.
Les dice que se cayó. Le dan el número de una persona de apoyo a víctimas, y ella se lo queda.
# ending: emergency; Llegó la policía, y ella estuvo a salvo esa noche
-> file_report(-> epilogue_emergency)

=== went_to_listen ===
Cuando usted llega al cuarto piso, la puerta de la 414 está abierta y el hombre del suéter azul marino baja por las escaleras del otro extremo. # show: shawn:impatient # hide: shawn
Usted marca {emergency_number} desde el pasillo. Ella está sentada en el piso, justo detrás de la puerta.
La policía llega unos minutos después. Ella les dice que se cayó. Le dejan el número de una persona de apoyo a víctimas.
# ending: emergency_late; Llegó la policía, pero con retraso
-> file_report(-> epilogue_emergency)

=== ran_up ===
Usted llega al cuarto piso cuando el hombre del suéter azul marino sale de la 414. Lo empuja con el hombro al pasar. # show: shawn:impatient # hide: shawn
Solo ahora marca usted {emergency_number}, sin aliento, y no vio hacia dónde se fue él.
# ending: emergency_late; Llegó la policía, pero con retraso
-> file_report(-> epilogue_emergency)

=== radio_first ===
El centro de control contesta a los pocos segundos. Lo primero que oye es: marque {emergency_number}, ya.
Para cuando usted llama, el hombre del suéter azul marino ya salió por la puerta lateral. # hide: shawn
# ending: emergency_late; Llegó la policía, pero con retraso
-> file_report(-> epilogue_emergency)

=== epilogue_referred ===
Tres noches después, la reserva de la 414 no se extiende. Nadie le dice a usted adónde se fue ella.
-> aftermath

=== epilogue_police ===
En la mañana la 414 está vacía. Las tarjetas llave siguen en la mesita.
-> aftermath

=== epilogue_logged ===
El gerente de día lee la bitácora y decide no extender la reserva.
-> aftermath

=== epilogue_moved ===
En la mañana, el personal de limpieza vacía la 414. Lo único que queda es la tarjeta, rota en dos, en el bote de basura.
-> aftermath

=== epilogue_emergency ===
La noche siguiente, Dana quita de la mesita el abanico de tarjetas de la 414 y las cancela todas.
-> aftermath

=== aftermath ===
{
- report_action == "emergency":
  Su informe va a la policía. Al día siguiente lo llama un agente para repasar con usted las horas de la cámara.
- report_action == "police":
  La policía tiene su informe. Con una adulta que dijo que estaba bien y nadie en peligro, la línea de ayuda era la mejor primera llamada.
- report_action == "hotline":
  Después de leer su informe, {escalation_first} confirma que se envió a {hotline_name} con las horas de la cámara.
- report_action == "supervisor":
  Después de leer su informe, {escalation_first} le dice que un patrón tan claro tenía que pasarse también a {hotline_name}.
- report_action == "log":
  Su informe queda en la bitácora del turno. Una nota en la bitácora, por sí sola, no le llegó a nadie que pudiera ayudarla.
- else:
  Nada de esta noche queda en la bitácora.
}
Dana pregunta si el Harborview podría dejar de entregar por habitación más tarjetas llave que huéspedes. Usted le dice que va a preguntar.
Su turno termina a las seis.
-> END
