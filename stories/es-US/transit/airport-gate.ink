// translation-of: sha256:553abdc98cb1744e
# grammar: 1
# id: transit.airport_gate
# title: Vuelo nocturno: puerta 23
# setting: transit
# summary: El vuelo nocturno a Coral Bay está por abordar. Tres mujeres jóvenes con ropa nueva viajan a un trabajo soñado, y el hombre que va con ellas tiene todos los pasaportes. Luego una de ellas hace una pregunta en voz baja en el mostrador de la puerta.
# minutes: 10
# situation: sex_trafficking
# minor: no
# variants: 2
# content_note: Esta historia trata de mujeres jóvenes que podrían estar siendo reclutadas para explotación sexual con un falso trabajo en el extranjero. No se muestra ni se describe nada sexual. En un camino, un hombre agarra a una mujer de la muñeca y la jala. Puede tomar una pausa en cualquier momento.
# focus: Una oferta de trabajo demasiado buena, otra persona que guarda los pasaportes, y cómo responder a un pedido de ayuda en voz baja
# character: mei; Mei; Agente de puerta de unos cuarenta años, con credencial al cuello, tranquila y rápida. Su compañera en la puerta 23.
# character: lena; Lena; Mujer de unos veintidós años con un blazer crema nuevo, peinado de salón y una bolsa de mano pequeña.
# character: cole; Cole; Hombre de unos treinta años con chaqueta oscura y lentes, amable y al mando. Dice que es el coordinador de viaje del grupo.
# distractor: not.any_tattoo
# distractor: not.tired_or_shy
# distractor: not.young_couple
# teaches: myth.well_dressed
# teaches: myth.initial_consent
# teaches: myth.hotline_means_police
# teaches: myth.trauma_hostile_or_flat

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

-> start

=== start ===
# phase: briefing
# bg: airport_gate
# ambience: airport_gate
# show: mei:calm
Son las nueve menos diez de la noche. Por el ventanal, el cielo sobre la pista es azul oscuro, con luces amarillas.
Usted está de patrulla en la zona de embarque para {org_name}. Su ronda termina en la puerta 23.
El vuelo nocturno a Coral Bay aborda a las nueve. Mei está en el mostrador de la puerta, terminando los últimos controles.
Vuelo lleno esta noche. Y hay un grupo que no dejo de mirar. # speaker: mei
Tres mujeres jóvenes, muy arregladas, como para una gran noche. Y un hombre que habla por todas. # speaker: mei
Seguro es un viaje de trabajo. Los equipos viajan juntos todo el tiempo. # speaker: mei
+ ["Puede ser. Vamos a observar y a tomar notas." # score: observe +1 # score: document +1 # why: Todavía no hay nada comprobado. Observar con calma y anotar hechos simples es como una sospecha real se confirma o se descarta.]
  Me parece bien. Voy a anotar todo en la libreta del mostrador. # speaker: mei
+ ["Voy a pedirles los pasaportes." # score: safety -2 # myth: myth.security_rescues # why: Pedir pasaportes sin motivo para revisarlos le avisa al hombre que usted lo está observando. Si él las controla, las mujeres pueden pagar las consecuencias. Observe y anote.]
  Eso me toca a mí en el abordaje, no a usted. Y él se daría cuenta enseguida. # speaker: mei # show: mei:guarded
  Solo observemos. # speaker: mei
+ ["¿Vestidas así? Les va muy bien." # score: observe -1 # myth: myth.well_dressed # why: La ropa buena no dice nada sobre si una persona es libre. Algunas personas que controlan a otras las visten bien. Fíjese en lo que hacen, no en lo que llevan puesto.]
  Tal vez. Aunque la ropa bonita no dice mucho. Alguien la pagó. # speaker: mei # show: mei:guarded
- Usted anota la hora en su libreta. # requires: log
  -> look

=== look ===
# phase: observe
Desde el mostrador tiene tiempo para mirar bien una sola cosa antes del abordaje.
+ [Leer la pantalla de salidas # observe: gate_screen # reveals: nothing]
  Puerta 23. 21:40 a Coral Bay. A tiempo. Clima al llegar: cálido y despejado.
  A su lado, un hombre de traje la lee dos veces, mira el reloj y llama a alguien para decir que al final no llega a la reunión de las 9:15.
  Suena tenso. Luego se ríe: una conexión retrasada, nada más.
+ [Mirar la reserva del grupo en el mostrador # observe: gate_desk # reveals: transit.ticket_bought_by_other # ambiguous: transit.unsure_destination_or_contact]
  Mei gira un poco la pantalla para que usted la vea.
  Cuatro boletos de solo ida en una misma reserva. Los pagó una empresa: Starline Talent.
  El contacto es un número de teléfono, no una persona. Nadie de Starline va en el vuelo.
  Solo ida, para un contrato de seis meses, me dijo él. # speaker: mei
+ [Observar el carrito de café # observe: coffee_cart # reveals: transit.malnourished_drugged]
  {variant == 2:
    Una de las jóvenes, la del blazer crema, se apoya en el carrito. Se le cierran los ojos.
    Se tambalea. El hombre de lentes la sostiene del codo.
    Se tomó algo para el vuelo. Le da miedo volar. # speaker: cole
  - else:
    Una de las jóvenes, la del blazer crema, espera en el carrito mientras el hombre de lentes paga.
    Se come un pan dulce en cuatro bocados, de pie, como si no hubiera comido en todo el día.
    Despacio. Te vas a manchar el vestido. # speaker: cole
  }
  La persona del carrito le sostiene la mirada un segundo y luego la aparta.
+ [Seguir caminando hacia los asientos]
- -> seats

=== seats ===
# show: cole:calm
# show: lena:guarded
El grupo está sentado en una fila cerca del mostrador. Un hombre de unos treinta años, con chaqueta oscura y lentes, y tres mujeres de veintitantos.
Las tres llevan blazers nuevos y zapatos nuevos. El peinado se ve recién hecho. Cada una tiene una bolsa de mano pequeña y nada más.
Nadie habla. Las mujeres miran el teléfono, o a ningún lado.
Puede pasar junto a un lugar sin que se vea raro.
+ [Mirar de reojo los asientos con la chaqueta y el portadocumentos # observe: seats_group # reveals: transit.group_with_handler]
  El hombre tiene un portadocumentos grueso sobre la rodilla. Por el bolsillo transparente usted cuenta cuatro pasaportes y cuatro pases de abordar.
  Una de las mujeres le pide el suyo para ver su número de asiento. # indicator: transit.companion_holds_documents_ticket
  Él le lee el número en voz alta y se queda con el pase.
+ [Observar el pasillo de los baños # observe: restroom_corridor # reveals: transit.restricted_monitored_movement]
  La mujer del blazer crema se levanta y va hacia los baños. El hombre va con ella.
  Espera a la entrada del pasillo con el teléfono en la mano hasta que ella vuelve.
  Luego extiende la mano. Ella le da su teléfono. Él lo revisa antes de devolvérselo.
+ [Mirar las bolsas de la tienda libre de impuestos en los otros asientos # observe: duty_free_bags # reveals: nothing]
  Una familia de cinco ocupa la fila de al lado con bolsas de chocolates y perfumes.
  La más pequeña duerme sobre dos asientos, abrazada a un avioncito de juguete. La madre lleva los cinco pasaportes en una bolsa con cierre y reparte bocadillos.
+ [Volver hacia el mostrador]
- -> pass_by

=== pass_by ===
# phase: talk
De regreso al mostrador, usted pasa por el extremo de su fila.
La mujer del blazer crema ve su uniforme. Se pone rígida y mira al piso hasta que usted pasa. # show: lena:anxious # indicator: transit.fear_of_uniforms # discuss: El miedo a un uniforme no prueba nada por sí solo. ¿Qué más querría ver, y cómo podría hablar con ella lejos del hombre que habla por todas?
¡Buenas noches, oficial! # speaker: cole
{variant == 2: Gran noche para las chicas. Trabajo de anfitrionas en los mejores resorts de Coral Bay. Modelaje para promociones, además. El triple de lo que ganarían aquí. # speaker: cole|Las chicas se van a trabajar a los resorts de Coral Bay. Anfitrionas, modelaje. Vuelos, hotel, ropa, todo pagado. El trabajo soñado. # speaker: cole} # indicator: transit.too_good_job_offer
Es un hotel de cinco estrellas. # speaker: lena
Otra de las mujeres dice al mismo tiempo: Es una agencia de modelos. # indicator: transit.scripted_inconsistent_story
Son las dos cosas. Es un grupo. # speaker: cole
Yo hablo por las chicas. Les da un poco de pena con los uniformes. # speaker: cole # indicator: transit.not_allowed_to_speak_or_separate # requires: supervisor
+ ["¡Qué viaje! Que tengan buen vuelo." # score: safety +2 # why: Unas palabras normales y amables no le dan motivo para preocuparse, y el control de la puerta que viene después puede hacer su parte.]
  -> doc_check
+ [Asentir, no decir nada y seguir hacia el mostrador # score: safety +1 # why: No decir nada no muestra sospecha, y eso es seguro. Una palabra amable habría sido igual de segura y un poco más normal, ya que él le habló primero.]
  -> doc_check
+ [Mirar a las mujeres. "¿Están todas aquí por voluntad propia?" # critical: suspicion_in_front_of_controller # score: safety -2 # score: trust -1 # why: Nadie puede contestar eso con sinceridad con él sentado al lado, y ahora él sabe que usted sospecha. Espere un momento en que una de ellas esté sola.]
  -> asked_group
+ ["¿Por qué tiene los pasaportes de todas? Devuélvaselos." # critical: confront_controller # score: safety -2 # why: Enfrentarlo delante de las mujeres lo pone en alerta, y ellas pueden pagarlo después. Anote quién tiene los documentos e infórmelo.]
  -> confronted

=== asked_group ===
Todas las mujeres miran al hombre y luego a sus teléfonos.
Cole se ríe. # show: cole:impatient
¿Voluntad propia? Van a trabajar en el paraíso. Pregúnteles. # speaker: cole
Nadie dice nada.
-> cole_on_guard

=== confronted ===
Cole sigue sonriendo. Le da a cada mujer su pasaporte, una por una. # show: cole:impatient
Listo. ¿Así está bien? Yo solo les ayudo a no perderlos. # speaker: cole
En cuanto usted llega al mostrador, ve que él vuelve a juntar los cuatro pasaportes.
-> cole_on_guard

=== cole_on_guard ===
# phase: act
Lleva al grupo a los asientos junto a la ventana, más lejos del mostrador.
Desde ese momento no le quita los ojos de encima. La mujer del blazer crema se sienta pegada a él. # discuss: El vuelo aborda pronto. ¿A quién avisa, y qué va a decir exactamente?
-> boarding

=== doc_check ===
A las nueve menos cinco, Mei toma el micrófono. # sound: pa_chime
Buenas noches. Antes de abordar, revisamos los pasaportes aquí en el mostrador. Un pasajero a la vez, por favor, cada uno con su propio pasaporte y pase de abordar. # speaker: mei
El hombre de lentes llega al mostrador con los cuatro pasaportes en la mano.
Yo hago los cuatro. Así ahorramos tiempo. # speaker: cole
Mei le lanza una mirada a usted.
+ [Apoyar a Mei: "Uno a la vez esta noche, señor." # score: safety +2 # score: collaboration +1 # why: Una regla que vale para todos los pasajeros le da a cada mujer un minuto sola en el mostrador, y no muestra ninguna sospecha hacia él.]
  -> at_desk
+ [Dejar que él haga los cuatro, por la fila # score: choice -1 # score: safety -1 # why: El control de rutina era la única forma segura de que cada mujer estuviera sola en el mostrador. Dejar que él hable por todas cierra esa puerta.]
  -> waved_through

=== waved_through ===
Mei revisa los cuatro pasaportes mientras él espera en el mostrador.
Las mujeres se quedan en sus asientos. Ninguna se acerca.
-> cole_on_guard

=== at_desk ===
# show: cole:guarded
Cole se encoge de hombros.
Las reglas son las reglas. # speaker: cole
Le da a cada mujer su pasaporte y su pase, y mira desde el extremo de la fila.
La mujer del blazer crema pasa en segundo lugar. Pone su pasaporte en el mostrador. # show: lena:anxious
Al estirar el brazo, se le sube la manga. En la parte interna de la muñeca tiene un tatuaje pequeño y reciente: una corona y la letra C. # indicator: transit.branding_tattoos
Mei abre el pasaporte. Lena, veintidós años.
Lena no levanta la vista. Lo dice en voz baja, casi como si fuera una charla cualquiera.
¿Puedo preguntar algo? Si no me subo, ¿me devuelven la maleta? # speaker: lena
Él tiene todos nuestros pasaportes. Dice que les debo el vuelo, la ropa y las fotos. # speaker: lena # indicator: transit.discreet_disclosure_to_staff
Mei sigue tecleando, como si hablaran de asientos.
+ ["Voy a guardar su pasaporte aquí atrás, para que él no se lo vuelva a quitar." # critical: take_documents # score: choice -2 # score: safety -1 # why: Su pasaporte es de ella. Quedárselo, aunque sea para protegerla, es hacer lo mismo que hace quien la controla, y él lo va a notar enseguida. Devuélvaselo.]
  -> kept_passport
+ ["¿Es usted víctima de trata? Puede decírmelo." # critical: labelling_question # score: trust -2 # myth: myth.ask_directly # why: Esa palabra asusta y suena a acusación, y la mayoría de las personas en su lugar dirían que no. Funcionan mejor las preguntas abiertas y las opciones claras.]
  -> shut_down
+ [Responder primero a su pregunta, en voz baja, como si hablaran del mapa de asientos: "Sí. Usted puede quedarse y no tomar este vuelo." # resolves: transit.unsure_destination_or_contact # score: trust +2 # score: safety +1 # why: Ella hizo una pregunta práctica, así que primero va una respuesta clara. Le dice que tiene una salida sin que nadie en los asientos vea que empieza una conversación.]
  -> talk_safe
+ [Dejar que Mei termine el control. Meter una tarjeta de la línea de ayuda en la funda del pase de abordar y decir solo: "Por si la necesita." # score: peer_support +1 # score: safety +1 # score: choice -1 # why: Es discreto y seguro, y tal vez la use más tarde. Pero ella preguntó si podía quedarse, y una tarjeta no responde eso. En el avión no tiene salida.]
  -> card_boarded
+ ["No se preocupe. No le va a pasar nada malo, y nada de policía. Se lo prometo." # critical: promise_cannot_keep # score: trust -2 # why: Usted no puede prometer lo que otros van a hacer. Cuando una promesa así se rompe, ella aprende que quienes ayudan también mienten. Diga con honestidad lo que puede y no puede hacer.]
  -> shut_down

=== shut_down ===
La cara de Lena se cierra. # show: lena:guarded
Olvídelo. Solo estoy nerviosa por el vuelo. # speaker: lena
Toma su pasaporte y su pase y vuelve a su asiento.
Cuando se sienta, Cole extiende la mano. Ella se los da.
-> boarding_from_desk

=== talk_safe ===
Mei gira la pantalla hacia Lena, como si le mostrara el mapa de asientos.
Lena suelta el aire.
Yo dije que sí. Firmé cosas. Entonces es mi culpa, ¿no? # speaker: lena
Decir que sí a un trabajo no significa aceptar todo lo que hagan después. Usted no ha hecho nada malo. # speaker: officer
No quiero ir. Pero él dice que si no voy, debo cuatro mil. Y sabe dónde vive mi mamá. # speaker: lena
Ni siquiera sé quién nos va a recibir. Él solo dice "el jefe". # speaker: lena # indicator: transit.unsure_destination_or_contact
Nada de policía. Dice que me arrestarían, por las fotos. # speaker: lena
Mira hacia los asientos.
Si tardo mucho, va a venir. # speaker: lena
-> options

=== options ===
# phase: act
+ [Pasarle una tarjeta con el número de {hotline_name}. "Llámelos cuando aterrice." # score: safety -1 # score: peer_support +1 # why: El número ayuda, pero ella preguntó si podía quedarse. Había una sala privada y una llamada al centro de control ahí mismo, y en el avión no tiene salida.]
  -> card_boarded
+ ["Con los pasaportes retenidos así, tengo que llamar a la policía del aeropuerto, decida lo que decida. Lo siento." # score: trust +1 # score: choice -2 # why: Es honesto, y eso importa. Pero ella es adulta, nadie corre peligro en este momento, y acaba de decir que le tiene miedo a la policía. Quitarle la decisión puede hacer que vuelva con él.]
  -> police_told
+ ["Hay una oficina detrás de este mostrador. Ahí puede hablar con una persona de apoyo. Policía solo si usted lo decide." # score: choice +2 # score: peer_support +1 # action: supervisor # why: Opciones reales, con el centro de control decidiendo con ella lo que sigue, permiten que una adulta que pidió ayuda elija lo que es seguro para ella, sin prometer nada que otra persona vaya a deshacer.]
  -> office
+ [Ir hacia el hombre y decirle que Lena no va a ir a ningún lado con él # critical: confront_controller # score: safety -2 # why: Enfrentarlo pone a Lena en medio y lo invita a actuar. Manténgalo tranquilo con la rutina mientras llega la ayuda.]
  -> cole_storms

=== police_told ===
La cara de Lena se queda en blanco. # show: lena:guarded
Olvídelo. Estoy bien. # speaker: lena
Toma su pasaporte y vuelve a los asientos. No lo vuelve a mirar.
-> boarding_from_desk

=== office ===
La oficina. Por favor. # speaker: lena
Usted le dice que va a avisar a {escalation_first}, y que ellos deciden con ella, no por ella, lo que pasa después.
Mei le da a Lena su pasaporte y la lleva por la puerta detrás del mostrador. # hide: lena
Luego Mei vuelve a revisar la fila, como si nada.
Usted llama por radio a {escalation_first}: una pasajera en la puerta 23 pidió ayuda, y el hombre que va con ella tiene los pasaportes del grupo. Ella no quiere policía.
{escalation_first} llama a {hotline_name} y pide que una persona de apoyo hable con Lena por teléfono. Nadie llama a la policía.
Un minuto después, Cole está en el mostrador. # show: cole:impatient
¿Dónde está Lena? Ya vamos a abordar. # speaker: cole
+ [No decir nada. Dejar que Mei lo atienda # score: safety +1 # why: Quedarse al margen no revela nada, y Mei conoce las respuestas de la aerolínea. Pero él le pregunta a usted, y el silencio de un uniforme puede parecer un secreto.]
  Mei no levanta la vista. Un problema con el asiento. La aerolínea lo está resolviendo, señor. Siéntese, por favor. # speaker: mei
  -> police_quiet
+ [Rutina: "Un problema con el asiento. La aerolínea lo está viendo." # score: safety +2 # why: Una respuesta aburrida y normal lo mantiene tranquilo y lejos de la oficina hasta que llegue la policía, sin mostrar lo que usted sabe.]
  -> police_quiet
+ ["Ella no se va con usted. La policía viene en camino." # critical: suspicion_in_front_of_controller # score: safety -2 # why: Decirle lo que usted sabe le da la oportunidad de actuar primero, y a Lena solo la separa una puerta. Siga con la rutina hasta que llegue la policía.]
  -> cole_storms

=== police_quiet ===
Mira la puerta de la oficina un largo segundo. Luego vuelve a su asiento y se pone al teléfono. # show: cole:guarded
La persona de apoyo de {hotline_name} está al teléfono con Lena. Usted no está en la sala.
Veinte minutos después, Mei le pasa un mensaje de la oficina: Lena quiere hablar con la policía del aeropuerto, con la persona de apoyo todavía en la línea.
Dos agentes suben por el pasillo central caminando. Usted los recibe lejos del mostrador y les cuenta lo que vio y oyó. Uno entra a la oficina. # hide: cole
Más tarde, un agente le dice solo esto: Lena tiene su pasaporte. Esta noche no va a subir a ningún avión.
Las otras dos mujeres abordan con el hombre de lentes. Era su decisión, y su informe va con ellas.
# ending: stayed_behind; Lena se quedó
El vuelo de las 9:40 a Coral Bay sale con doce minutos de retraso.
-> file_report(-> epilogue_stayed)

=== card_boarded ===
Lena mira la tarjeta. La mete en su pasaporte.
Está bien. # speaker: lena
Vuelve a su asiento. Cole extiende la mano, y ella le da el pasaporte, con tarjeta y todo.
-> boarding_from_desk

=== kept_passport ===
Lena abre mucho los ojos. # show: lena:anxious
No. Por favor. Él va a ver. Va a saber que dije algo. # speaker: lena
Cole ya se puso de pie.
-> cole_storms

=== cole_storms ===
# phase: act
{office:
  Cole empuja a Mei y abre de un tirón la puerta de la oficina. # show: cole:impatient # show: lena:anxious
- else:
  Cole llega al mostrador en tres pasos. # show: cole:impatient
}
Nos vamos. Ya. # speaker: cole
Agarra a Lena de la muñeca y la jala hacia el pasillo central. # requires: emergency
Ella se resiste. # show: lena:anxious
Suélteme. Me está lastimando. # speaker: lena
+ [Llamar al {emergency_number}. Seguirlos a distancia # score: safety +3 # score: report +2 # action: emergency # why: Se la están llevando en contra de su voluntad en este momento. Primero la llamada; seguirlos a distancia y darle la ruta a quien atiende es lo que permite que la policía lo intercepte.]
  -> called_emergency
+ [Llamar al {emergency_number} desde el mostrador y quedarse con Mei # score: safety +2 # score: report +2 # action: emergency # why: La llamada es correcta, y quedarse ahí le da seguridad. Pero desde el mostrador los pierde de vista en segundos, y la ruta es lo que permite que la policía lo intercepte.]
  -> called_desk
+ [Ponerse entre los dos con los brazos abiertos # critical: detain_or_rescue # score: safety -3 # myth: myth.security_rescues # why: Interponer su cuerpo puede hacer que ella salga lastimada en el forcejeo y que él se vuelva más peligroso. Llame, mantenga la distancia y observe.]
  -> tug
+ [Llamar por radio a {escalation_first} y esperar instrucciones # critical: no_emergency_call # score: safety -2 # why: Cuando a alguien se lo llevan a la fuerza en este momento, primero va la llamada de emergencia. Avise al centro de control justo después.]
  -> radio_wait

=== called_desk ===
Usted llama al {emergency_number} desde el mostrador. Dice dónde está y lo que ve: un hombre se lleva a la fuerza a una mujer de la puerta 23.
Cole no la suelta. En la esquina del pasillo usted los pierde de vista. # hide: cole
Cuatro minutos largos después, quien atiende la llamada le dice que la policía del aeropuerto detuvo a un hombre y una mujer en la salida de seguridad.
-> after_call

=== called_emergency ===
Usted llama al {emergency_number}. Dice dónde está y lo que ve: un hombre se lleva a la fuerza a una mujer por el pasillo central desde la puerta 23.
Cole ve el teléfono en su oído. No la suelta. Sigue caminando, rápido, con la muñeca de Lena en la mano.
Usted los sigue a distancia y le dice a quien atiende cada giro.
En la salida de seguridad, dos agentes de la policía del aeropuerto se le ponen enfrente. Solo entonces la suelta. # hide: cole
-> after_call

=== after_call ===
Lena está junto a la ventana, sujetándose la muñeca. # show: lena:anxious
¿Quiere sentarse en un lugar tranquilo? Hay una oficina en la puerta. # speaker: officer
Ella niega con la cabeza. Se sienta en el piso junto a la ventana, y Mei le trae una botella de agua. # show: lena:guarded
# ending: emergency; La policía lo detuvo en la salida
Un agente se sienta con Lena junto a la ventana, con una persona de apoyo de {hotline_name} al teléfono. Usted se aparta.
-> file_report(-> epilogue_emergency)

=== tug ===
Usted se pone entre los dos.
Él lo empuja a un lado, y Lena tropieza. # show: lena:anxious
Cole la jala con fuerza y se la lleva entre la gente del pasillo. Usted los pierde de vista. # hide: cole # hide: lena
Solo ahora llama al {emergency_number}. Le tiemblan las manos.
# ending: lost_in_crowd; Desaparecieron entre la gente
La policía los busca durante una hora. Las otras dos mujeres abordan el vuelo solas.
-> file_report(-> epilogue_lost)

=== radio_wait ===
Usted usa el radio. {escalation_first} tarda unos segundos en responder.
Lo primero que oye es: llame al {emergency_number}, ya.
Para cuando marca, el hombre y Lena ya se perdieron entre la gente. # hide: cole # hide: lena
# ending: lost_in_crowd; Desaparecieron entre la gente
La policía los busca durante una hora. Las otras dos mujeres abordan el vuelo solas.
-> file_report(-> epilogue_lost)

=== boarding_from_desk ===
# phase: act
La fila avanza. Nadie más del grupo dice una palabra en el mostrador.
-> boarding

=== boarding ===
A las 9:10, el grupo hace fila en el escáner. Cole tiene los cuatro pases y los escanea él mismo. # sound: pa_chime
Lena pasa al final. En la puerta del puente de abordaje, mira hacia el mostrador. # hide: lena
+ [Llamar por radio a {escalation_first} antes de que cierre la puerta # score: report +2 # score: document +1 # action: supervisor # why: Usted no puede impedir que personas adultas aborden, pero un informe claro antes de que cierren las puertas le da a la aerolínea, a la policía y a la línea de ayuda tiempo para actuar en el destino.]
  Usted se aparta del mostrador y llama por radio a {escalation_first}. Quién, qué, cuándo: los pasaportes, la reserva, el tatuaje, la mirada hacia atrás.
  La respuesta llega: se lo van a pasar a la aerolínea y a la policía de Coral Bay.
+ [Llamar directamente a {hotline_name}, desde el teléfono de la puerta # action: hotline # score: report +1 # score: collaboration -1 # why: La línea de ayuda es una vía real, pero las órdenes de puesto la canalizan por el centro de control, que tal vez ya esté hablando con la aerolínea y con la policía de Coral Bay. Saltárselos puede dar dos informes a medias en vez de uno bueno.]
  Usted llama a {hotline_name} y cuenta lo que vio. Le preguntan si su centro de control lo sabe. No lo sabe.
+ [Anotar que hay que escribirlo al final del turno # score: report -1 # why: Esperar al final del turno desperdicia las únicas horas en que alguien podría actuar antes de que aterricen. Infórmelo ahora.]
  Usted anota "grupo puerta 23" en su libreta y sigue con su ronda.
- # hide: cole
# ending: boarded; El grupo abordó
A las 9:40 el avión sale de la puerta. Por la ventana ve sus luces girar hacia la pista.
-> file_report(-> epilogue_boarded)

=== epilogue_stayed ===
Una semana después, {escalation_first} le reenvía una nota breve de {hotline_name}: gracias al personal de la puerta 23. Nada más.
-> aftermath

=== epilogue_emergency ===
La noche siguiente, Mei le pregunta si ha sabido algo. No ha sabido nada. Es lo normal.
-> aftermath

=== epilogue_lost ===
La policía tiene su descripción de Lena y del hombre, y la reserva de la aerolínea.
-> aftermath

=== epilogue_boarded ===
{
- report_action == "supervisor" || report_action == "hotline" || report_action == "police" || report_action == "emergency":
  Como se hizo un informe, la policía de Coral Bay espera en la puerta de llegada. Usted solo sabe eso.
- else:
  El avión aterriza en Coral Bay al amanecer. Quien va a recibir al grupo llega puntual.
}
-> aftermath

=== aftermath ===
{
- report_action == "emergency":
  Su informe va a la policía del aeropuerto. Un agente lo llama al día siguiente para repasar las horas.
- report_action == "police":
  Su informe va a la policía, aunque nadie corría peligro inmediato y Lena había pedido que no hubiera policía.
- report_action == "hotline":
  Su informe va de {escalation_first} a {hotline_name}. Una persona de apoyo hace seguimiento con la aerolínea sobre las reservas de Starline Talent.
- report_action == "supervisor":
  En el cambio de turno, {escalation_first} lee su informe, lo suma a lo que pasó a {hotline_name} y le pregunta a la aerolínea por las otras reservas de Starline Talent.
- report_action == "log":
  Su informe va al registro del turno. Nadie fuera del aeropuerto lo ve.
- else:
  Nada de esta noche queda en el registro.
}
{police_told: Cuando usted le dijo a Lena que tenía que venir la policía, se quedó en blanco y se fue. Cerrarse así es una reacción común al miedo, no una prueba de que estuviera bien.}
Su turno termina a las dos de la mañana.
-> END
