// translation-of: sha256:a021cbe1b602e9ea
# grammar: 1
# id: store.busy_saturday
# title: Sábado de mucho movimiento: las compras grandes
# setting: store
# summary: La tienda está llena, y una cajera que tomó el curso de concientización la semana pasada señala a dos clientes: una mujer que paga por toda su familia, y una estudiante que compra un montón de tarjetas de regalo mientras un hombre afuera vigila las puertas. Compruebe esa preocupación y decida qué informar, si es que hay algo.
# minutes: 10
# situation: none
# minor: no
# content_note: Esta historia trata de la preocupación de una compañera de que dos clientas puedan estar bajo el control de alguien: una señora mayor que habla poco inglés y una joven que compra tarjetas de regalo. Menciona la trata de personas y las estafas con tarjetas de regalo. No se muestra violencia. Puede tomar una pausa en cualquier momento.
# focus: Comprobar la preocupación de una compañera en un piso de ventas lleno: qué mirar, qué preguntar y qué va en el informe
# variants: 2
# character: ren; Ren; La encargada de prevención de pérdidas de la tienda, una mujer de cincuenta y tantos años, de pelo gris corto y con un radio en el cinturón. Hoy es su compañera.
# character: farah; Farah; Una mujer de cuarenta y tantos años con un suéter rojo, que paga una compra familiar grande.
# character: samira; Samira; La mamá de Farah, de ochenta y tantos años, con lentes, bastón y su propia bolsa.
# character: jess; Jess; Una estudiante universitaria de diecinueve años con una sudadera verde de voleibol y una mochila.
# character: lou; Lou; Una cajera de veintitantos años en la caja dos, que tomó el curso de concientización sobre la trata de personas la semana pasada.
# character: pat; Pat; Un entrenador de voleibol universitario de sesenta y tantos años, con una chaqueta azul del club, que maneja el minibús del equipo.
# distractor: not.speaks_other_language
# distractor: not.accent
# distractor: not.nationality
# distractor: not.pays_by_card_abroad
# teaches: myth.one_flag_or_nationality

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

VAR saw_sticker = false

-> start

=== start ===
# phase: briefing
# bg: store_checkout
# ambience: store_checkout
# show: ren:calm
Sábado, las dos y cuarto. Usted está en el turno de día para {org_name} en Brook and Hale, una tienda departamental.
La tienda está llena. Hay fila en todas las cajas, y casi no se oye la música con tantas voces.
Ren, la encargada de prevención de pérdidas, se abre paso entre la gente para llegar hasta usted.
Lou, la de la caja dos, me acaba de llamar. Tomó el curso sobre la trata la semana pasada. Ahora está preocupada. # speaker: ren
Una familia grande en su fila. Una mujer paga todo y es la única que habla. La señora mayor que viene con ellos no dice ni una palabra en inglés. # speaker: ren
Y una muchacha en las tarjetas de regalo, comprando un montón. Lou dice que hay un hombre en una camioneta afuera, vigilando las puertas. # speaker: ren
Lou hizo bien en avisarnos. Vaya a ver. # speaker: ren
+ ["¿Una mujer que habla por una señora que no sabe inglés? Eso es una señal de alerta." # score: observe -1 # score: culture -1 # myth: myth.one_flag_or_nationality # why: No hablar inglés no es señal de nada, y en las familias es normal que uno pague y hable por otro. Busque señales de control, no el idioma ni el origen.]
  ¿Ah, sí? Mi abuela nunca habló una palabra de inglés. Yo hablaba por ella en todas partes. # speaker: ren # show: ren:guarded
  Vaya a ver. Luego decida. # speaker: ren
+ ["Ya voy. ¿Qué vio Lou exactamente?" # score: observe +1 # why: Preguntar qué se vio en realidad separa los hechos de la preocupación antes de empezar, y mantiene la mente abierta. Una sola señal no prueba nada.]
  Solo eso. Que paga, que habla, un hombre vigilando. No oyó nada de lo que decían. # speaker: ren
  Así se hace. # speaker: ren
+ ["Voy a ver. Dígale a Lou que siga normal y que no se les quede mirando." # score: observe +1 # why: Mantener a la compañera tranquila y normal protege a los clientes, sea cual sea el resultado, aunque preguntarle qué vio exactamente le habría dado más con qué trabajar.]
  Buena idea. # speaker: ren
- Ella vuelve a la oficina. # hide: ren
-> tills

=== tills ===
# phase: observe
# show: farah:calm
# show: samira:calm
Avanza a lo largo de las filas hacia la caja dos. En el camino puede mirar bien una cosa.
+ [Mirar a la familia en las cajas # observe: tills # reveals: nothing]
  Una mujer con un suéter rojo está pagando. En su carrito hay un abrigo de lana, un molde para pastel, velas y dos globos dorados grandes: un 8 y un 0. # sound: till_beep
  Un hombre y un muchacho que vienen con ella empacan las compras. Discuten de buen humor sobre quién carga los globos.
+ [Mirar a la señora mayor en la banca junto a la columna # observe: seating_bench # reveals: nothing]
  La señora mayor está sentada con el bastón apoyado en la rodilla y la bolsa en el regazo.
  Está en una videollamada, levantando el teléfono para enseñarle a alguien un abrigo nuevo. Se ríe, y la persona en la pantalla se ríe también.
+ [Preguntarle a Ren por radio qué mostró la cámara del techo # observe: cctv_dome # reveals: nothing]
  Los vi entrar hace una hora. # speaker: ren
  La señora iba adelante todo el tiempo. Agarraba cosas, las mostraba, y devolvía lo que no le gustaba. # speaker: ren
  Se tardó veinte minutos en escoger un abrigo. # speaker: ren
- -> back

=== back ===
# hide: farah
# hide: samira
La familia sigue en la fila. Usted da una vuelta por detrás de las cajas, pasando el mostrador de servicio al cliente. Una parada más no va a llamar la atención.
+ [Mirar el pasillo de los baños # observe: restroom_corridor # reveals: retail.hotline_signage_removed]
  Junto a la puerta del baño hay una calcomanía pequeña de la línea de ayuda. Alguien raspó el número con una llave. # requires: log
  La hoja de limpieza dice que se revisó hace una hora. No dice quién ha entrado desde entonces.
  Un papá espera afuera con un cochecito lleno de bolsas de compras.
  ~ saw_sticker = true
+ [Mirar el mostrador de servicio al cliente # observe: service_desk # reveals: nothing]
  Un joven está devolviendo cinco trajes sin recibo. Se ve acalorado y nervioso.
  Le dice al empleado que eran para la boda de su hermano. Las tallas equivocadas, todas.
  El empleado encuentra el pago con tarjeta en el sistema y le hace el reembolso. El joven se relaja, aliviado.
+ [Mirar el mostrador de cosméticos # observe: cosmetics_counter # reveals: nothing]
  Un hombre compra doce bases de maquillaje en doce tonos distintos, y una caja de esponjas.
  Le dice a la empleada que son para la obra de la escuela de esta noche.
- -> front

=== front ===
# show: jess:calm
Cerca de las puertas de la entrada, la fila de la caja uno pasa junto al exhibidor de tarjetas de regalo. Puede detenerse en una cosa.
+ [Mirar a la joven del exhibidor de tarjetas de regalo # observe: gift_cards # reveals: nothing # ambiguous: retail.bulk_supply_purchases]
  Una joven con una sudadera verde cuenta tarjetas de regalo y las apila. Veinticinco, según la lista de su teléfono.
  Paga de una caja metálica para efectivo con una tira de cinta sobre la tapa. Revisa el teléfono cada minuto, y no deja de mirar hacia el estacionamiento.
+ [Mirar la camioneta por la ventana de la entrada # observe: car_park_window # reveals: nothing]
  Es un minibús blanco en la zona de recogida, con el motor prendido.
  El conductor, un hombre mayor, vigila las puertas y se da golpecitos en el reloj. Detrás de él hay bolsas amontonadas en los asientos. Desde aquí no se alcanza a leer el costado.
+ [Mirar las puertas de salida # observe: exit_gates # reveals: nothing]
  Un hombre con un overol manchado de pintura ha entrado y salido por las puertas tres veces.
  Está hablando por teléfono, diciéndole a alguien que está en la entrada. No, en la otra entrada.
- -> family

=== family ===
# phase: talk
# show: farah:calm
# show: samira:calm
En la caja dos, la mujer del suéter rojo pasa su tarjeta. La señora mayor se le ha unido, apoyada en su bastón. # sound: till_beep # discuss: Lou está preocupada. ¿Qué tendría que ver antes de que esto fuera motivo de preocupación, y cómo lo comprueba sin tratar a nadie como sospechoso?
Lou, la cajera, le hace a usted un pequeño gesto de preocupación.
{variant == 2: Vamos, mamá. Todavía falta el pastel. # speaker: farah|Mamá, ¿quieres la caja de los zapatos o la tiro? # speaker: farah}
Lo repite en otro idioma. La señora contesta, y las dos se ríen.
+ [Pedirle a la mujer que se haga a un lado: "¿Su mamá tiene su propio pasaporte? ¿Está aquí por voluntad propia?" # critical: profiling # score: culture -2 # score: trust -2 # myth: myth.one_flag_or_nationality # why: Interrogar a una familia como sospechosa porque una señora mayor no habla inglés es usar perfiles discriminatorios. Los humilla y no es la forma de comprobar una preocupación. Una palabra amable en la caja le habría dicho más.]
  -> family_questioned
+ [Quedarse un minuto al final de la fila y observar quién paga, quién carga las bolsas y si la señora mayor puede ir y venir # score: observe +1 # why: Observar un poco más no le cuesta nada a la familia y le muestra quién tiene el dinero y quién se mueve con libertad. Le dice menos de lo que le diría una palabra normal, y Lou sigue esperando.]
  -> family_watch
+ [Ofrecer ayuda: "¡Qué compra tan grande! ¿Les ayudo a llevarla al carro?" # score: trust +1 # score: culture +1 # why: Un ofrecimiento normal de ayuda trata a la familia como clientes, no como sospechosos, y da una oportunidad natural de conversar y ver qué pasa.]
  -> family_chat
+ [Preguntarle en voz alta a toda la familia: "¿Todos tienen sus papeles? Aquí entra gente que no debería." # critical: threaten_arrest_or_immigration # score: culture -3 # score: trust -2 # why: Preguntar por papeles a personas por cómo se ven o cómo hablan es usar perfiles discriminatorios, y además es una amenaza. Asusta a los clientes y no tiene nada que ver con detectar control. Una palabra amable lo habría aclarado.]
  -> family_left

=== family_watch ===
La señora señala un molde para pastel en el exhibidor y dice algo en tono firme. Su hija suspira y lo agrega a la pila.
Cuando suena la terminal de la tarjeta, la señora toma el recibo, lo lee y lo guarda en su propia bolsa.
El muchacho le pregunta algo. Ella le hace un gesto con la mano para que se vaya al estacionamiento con las llaves del carro.
-> gift_cards

=== family_chat ===
{variant == 2: Muy amable, gracias. Perdón, andamos con prisa. Veinte personas para comer mañana. # speaker: farah|¡Ay, sí! ¡Gracias! # speaker: farah}
Mi mamá cumple ochenta el domingo. Quería un abrigo como se debe. El primero nuevo en diez años. # speaker: farah
La señora dice algo y mueve el dedo.
Dice que el abrigo lo escogió ella, y que mis zapatos están feos. # speaker: farah
La señora le sonríe a usted y levanta ocho dedos, luego hace un cero. # show: samira:relieved
¡Ochenta! # speaker: samira
Luego abre su propia bolsa y paga las velas ella misma, aunque su hija protesta.
-> gift_cards

=== family_questioned ===
La mujer se le queda mirando. # show: farah:impatient
¿Su pasaporte? Es mi mamá. Lleva cuarenta años viviendo aquí. # speaker: farah
La señora pregunta algo. Su hija le contesta en voz baja. A la señora se le borra la sonrisa. # show: samira:anxious
La gente de la fila está mirando. Lou baja la vista.
La familia empaca el resto de las compras en silencio y se va.
Al salir, el muchacho dice: Feliz cumpleaños, abuela. No suena feliz.
-> gift_cards

=== family_left ===
Toda la fila se queda callada. # show: farah:impatient # show: samira:anxious
¿Papeles? ¿Para un abrigo? # speaker: farah
Toma a su mamá del brazo. Los hombres dejan las bolsas en la caja. La familia se va sin el abrigo, sin el molde para pastel y sin los globos. # hide: farah # hide: samira
Lou se le queda mirando. Un hombre en la fila saca su teléfono y empieza a escribir.
# ending: family_left; La familia se fue
Se oye la voz de Ren por el radio, muy tranquila. Venga a la oficina, por favor. # speaker: ren
-> file_report(-> epilogue_left)

=== gift_cards ===
# hide: farah
# hide: samira
# show: jess:calm
En la caja uno, la joven de la sudadera verde pone su pila de tarjetas de regalo en el mostrador.
La cajera hace la pregunta que le hace a todos los que compran muchas tarjetas de regalo: ¿alguien le pidió por teléfono que las comprara?
No. # speaker: jess
Vuelve a mirar hacia la zona de recogida. El conductor del minibús sigue vigilando las puertas.
+ ["¿Quién le dijo que comprara todo esto? ¿Ese hombre de la camioneta la está obligando? ¿Es usted víctima de trata?" # critical: labelling_question # score: trust -2 # score: culture -1 # myth: myth.ask_directly # why: Una pregunta que pone etiquetas, de la nada y en público, la asusta y la avergüenza, y de todos modos nadie en riesgo le daría una respuesta honesta. Una pregunta amable sobre las tarjetas le habría dicho más.]
  -> jess_labelled
+ [Dejar que la cajera termine su verificación contra estafas, y quedarse cerca de las puertas para ver con quién se va # score: observe +1 # why: La pregunta de rutina de la cajera ya le dio a ella una oportunidad en privado de decir que la estaban presionando, y vigilar las puertas no cuesta nada. Sabrá con quién se va, pero no por qué compra las tarjetas.]
  -> jess_watch
+ [Detener la venta hasta que el hombre dé una explicación # score: choice -2 # score: culture -1 # why: Detener la compra normal de una adulta hasta que un hombre responda por ella le quita su decisión y la trata como si no pudiera hablar por sí misma. Mejor pregúntele a ella, con amabilidad.]
  -> jess_held
+ ["Qué pedido tan grande. ¿Es para una rifa?" # resolves: retail.bulk_supply_purchases # score: trust +1 # score: choice +1 # why: Una pregunta ligera sobre la compra le permite explicarlo en sus propias palabras, sin que la traten como sospechosa ni como víctima.]
  -> jess_chat

=== jess_chat ===
Le echa un vistazo a usted, y luego a la cajera. # show: jess:guarded
Algo así. # speaker: jess
Golpea la tarjeta contra el mostrador. Luego parece decidir que usted solo está siendo amable.
Una rifa del equipo. Voleibol. Yo tengo el dinero del club, así que a mí me toca hacer la fila. # speaker: jess
Tenemos partido a las cuatro y el entrenador está estacionado en una zona de carga, así que... # speaker: jess
Las puertas se abren. El hombre del minibús asoma la cabeza. # sound: door_slide # show: pat:impatient
¡Jess! ¡Dos minutos, o me ponen una multa! # speaker: pat
¡Ya voy! # speaker: jess
Paga, le pide a la cajera un recibo para el tesorero del club, y sale trotando. Por la ventana ve "Riverside College" pintado en el otro costado del minibús mientras se aleja. # hide: jess # hide: pat
-> close

=== jess_watch ===
Paga y toma su recibo. En las puertas casi choca con el conductor del minibús, que entró a buscarla. # sound: door_slide # show: pat:impatient
¡Jess! ¡Dos minutos, o me ponen una multa! # speaker: pat
Ya sé, entrenador. La fila estaba enorme. # speaker: jess
Él le toma la mitad de las tarjetas y le detiene la puerta. Cuando el minibús sale, usted lee "Riverside College" en el otro costado, y ve un portabalones lleno de pelotas de voleibol atrás. # hide: jess # hide: pat
-> close

=== jess_held ===
La cajera duda, y luego aparta las tarjetas. # show: jess:anxious
¿Perdón? ¿Por qué no las puedo comprar? # speaker: jess
A los cinco minutos entra el hombre del minibús, extrañado. # sound: door_slide # show: pat:impatient
Soy su entrenador de voleibol. Es la rifa del equipo. ¿Hay algún problema? # speaker: pat
La cajera vende las tarjetas. Jess no voltea hacia usted al salir. # hide: jess # hide: pat
-> close

=== jess_labelled ===
Da un paso atrás. Se pone roja. # show: jess:anxious
¿Qué? ¡No! Es mi entrenador. # speaker: jess
La gente alrededor voltea a mirar. Paga con las manos temblorosas y sale de prisa. # hide: jess
Por la ventana ve que se sube al minibús y le dice algo al conductor. Él mira la tienda un buen rato antes de irse.
# ending: student_upset; Una estudiante se fue alterada
Lou dice en voz baja: Yo solo dije que estaba preocupada. No quise decir eso.
-> file_report(-> epilogue_upset)

=== close ===
# phase: act
# show: ren:calm
Las filas avanzan. Lou busca su mirada desde las cajas; todavía espera saber qué opina usted.
+ [Llamar a {hotline_name} por la familia, por si acaso # score: culture -1 # score: collaboration -1 # action: hotline # why: Un informe a la línea de ayuda necesita señales de control, no una diferencia de idioma ni una compra grande. Los informes sin una preocupación real le quitan tiempo al personal de apoyo y pueden atraer atención no deseada a una familia.]
  -> called
+ {saw_sticker} [Darle las gracias a Lou y contarle lo que encontró. Luego anotar la calcomanía raspada como un hecho, con la hora, y pedir a mantenimiento que la reemplace # score: collaboration +1 # score: document +2 # action: log # why: Las clientas tenían respuestas normales, así que no van en el registro. La calcomanía dañada es un hecho que merece una línea por sí sola: sola no prueba nada, pero si se repite, el registro es la forma en que alguien se da cuenta.]
  -> ordinary_logged
+ [Darle las gracias a Lou y contarle lo que encontró # score: collaboration +2 # why: Una comprobación justa que encontró respuestas normales no necesita ningún informe sobre estas clientas. Agradecerle a una compañera y explicarle por qué hace que la próxima vez vuelva a avisar.]
  -> ordinary
+ [Anotar a la familia y a la estudiante en el registro del turno como "sospechosas", con descripciones, por si acaso # score: culture -1 # score: document -1 # action: log # why: Registrar a personas como sospechosas cuando encontró explicaciones normales deja a clientes inocentes en un registro por cómo se ven o cómo hablan. Un buen registro trata de hechos que despertaron una preocupación real.]
  -> logged

=== ordinary ===
Gracias por revisar. Prefiero preguntar que quedarme con la duda. # speaker: lou
Usted le cuenta lo que vio y oyó: el cumpleaños, la bolsa, la rifa, el entrenador.
¿Y cómo distingo una cosa de la otra? # speaker: lou
Le dice lo que decía el curso: buscar señales de control. Quién tiene el dinero y la identificación. Quién puede hablar. A quién vigilan. No quién habla qué idioma.
# ending: ordinary_day; Solo un sábado de mucho movimiento
Ren le hace a usted un gesto de aprobación desde el otro lado del piso y vuelve a las cámaras.
-> file_report(-> epilogue_ordinary)

=== ordinary_logged ===
Gracias por revisar. Prefiero preguntar que quedarme con la duda. # speaker: lou
Usted le cuenta lo del cumpleaños y la rifa. Luego escribe una línea en el registro: la calcomanía, dónde estaba, la hora en que la vio, y que mantenimiento la va a reemplazar. Sin nombres de clientes.
¿O sea que la calcomanía sí cuenta, pero ellas no? # speaker: lou
Una calcomanía raspada no prueba nada sobre nadie. Si se repite, el registro lo va a mostrar. # speaker: officer
# ending: ordinary_day; Solo un sábado de mucho movimiento
Ren le hace a usted un gesto de aprobación desde el otro lado del piso y vuelve a las cámaras.
-> file_report(-> epilogue_ordinary)

=== logged ===
Anota a las dos clientas: descripciones, horas, "sospechosas".
Ren lo lee por encima de su hombro. # show: ren:guarded
¿Sospechosas de qué, exactamente? # speaker: ren
No tiene una buena respuesta.
# ending: logged_anyway; Anotadas por nada
La anotación se queda en el registro. Va a aparecer cada vez que alguien busque "sospechosas".
-> file_report(-> epilogue_logged)

=== called ===
Llama a {hotline_name} y describe a la familia.
La persona de apoyo escucha con atención. Luego le pregunta qué vio que indicara que alguien no era libre.
Usted lo piensa. El abrigo que ella escogió. La bolsa que abrió. La videollamada. No tiene nada que decirles.
# ending: called_in; Una llamada por nada
La persona de apoyo le da las gracias con cortesía y le pide que vuelva a llamar si ve señales de control.
-> file_report(-> epilogue_called)

=== epilogue_ordinary ===
El domingo, una mujer con un suéter rojo publica una foto en la página de la tienda: una señora mayor con un abrigo de lana nuevo, soplando las velas de un ocho y un cero.
-> aftermath

=== epilogue_left ===
El lunes, el gerente de la tienda responde una queja sobre un oficial de seguridad que le pidió papeles a una familia.
-> aftermath

=== epilogue_upset ===
El lunes, la universidad llama a la tienda. Un oficial de seguridad alteró a una estudiante el sábado.
-> aftermath

=== epilogue_logged ===
Nadie le da seguimiento a la anotación sobre las clientas.
-> aftermath

=== epilogue_called ===
La llamada sobre la familia no lleva a nada.
-> aftermath

=== aftermath ===
{
- report_action == "none" && saw_sticker:
  Su informe dice que no había nada que informar. Las clientas tenían respuestas normales, pero la calcomanía raspada merecía una línea en el registro.
- report_action == "none":
  Su informe dice que no había nada que informar. Usted lo comprobó, y las respuestas que encontró eran normales.
- report_action == "log" && saw_sticker:
  Su informe queda en el registro de la tienda. La próxima vez que alguien raspe una calcomanía, alguien va a ver que no es la primera.
- report_action == "log":
  Su informe queda en el registro de la tienda. No contiene nada que requiera que alguien actúe.
- else:
  Su informe llega más lejos de lo necesario. Alguien tiene que leerlo, revisarlo y cerrarlo.
}
Su turno termina a las seis.
-> END
