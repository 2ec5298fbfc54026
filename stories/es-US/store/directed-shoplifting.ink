// translation-of: sha256:f520fb9b96c6afd5
# grammar: 1
# id: store.directed_shoplifting
# title: Turno de día: rasuradoras por encargo
# setting: store
# summary: Un joven se lleva una y otra vez rasuradoras y perfume de una tienda departamental, y cada vez alguien espera afuera. Siga la política de la tienda, mantenga a todos a salvo y fíjese si está robando para otra persona.
# minutes: 10
# situation: labour_trafficking
# minor: no
# content_note: Esta historia trata de un hombre joven adulto al que quizá obligan a robar, bajo el control de otra persona. Menciona amenazas, y en uno de los caminos un hombre grita amenazas a través de una puerta. No se muestra violencia. Puede tomar una pausa en cualquier momento.
# focus: Ver a quien roba en una tienda como una posible víctima, que el hombre de afuera no se entere, y una conversación en privado con las palabras adecuadas
# variants: 2
# character: ren; Ren; La encargada de prevención de pérdidas de la tienda, una mujer de cincuenta y tantos años, de pelo gris corto y con un radio en el cinturón. Hoy es su compañera.
# character: jordan; Jordan; Un joven delgado de unos veinte años con un conjunto deportivo gris, con una venda en la mano izquierda.
# character: wes; Wes; Un hombre corpulento de treinta y tantos años con chaqueta negra y gorra, que espera afuera junto a un carro plateado.
# character: gloria; Gloria; La encargada de los probadores, de sesenta y tantos años, con lentes y una cinta de medir en el cuello.
# distractor: not.cheap_clothes
# distractor: not.any_tattoo
# distractor: not.tired_or_shy
# teaches: myth.offender_not_victim
# teaches: myth.only_women
# teaches: myth.only_foreigners
# teaches: myth.ask_directly
# teaches: myth.movement_required
# teaches: myth.trauma_story_changes

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

-> start

=== start ===
# phase: briefing
# bg: store_sales_floor
# ambience: store_floor
# show: ren:calm
Martes, las nueve y cinco de la mañana. Usted está en el turno de día para {org_name} en Brook and Hale, una tienda departamental.
Las puertas abrieron hace cinco minutos.
Ren, la encargada de prevención de pérdidas, se acerca con una tableta.
Otra vez rasuradoras y perfume. Van tres veces esta semana. # speaker: ren
Siempre el mismo joven. Conjunto deportivo gris. Entra justo después de que abrimos, y a los diez minutos se va. # speaker: ren
Entró hace dos minutos. Ahora está en cosméticos. # speaker: ren
Ya conoce la política. La detención la hago yo, no usted. # speaker: ren
Tengo que verlo tomar la mercancía, no perderlo de vista, y verlo pasar la última caja sin pagar. # speaker: ren
Luego le pido que venga a la oficina. Nadie agarra a nadie. # speaker: ren
+ ["Entendido. Lo voy a observar a él, y a quien ande cerca de él." # score: observe +1 # why: Quienes roban por encargo casi nunca trabajan solos. Fijarse en quién espera, quién llama y quién vigila es como se nota que alguien podría estar dirigiéndolo.]
  Bien. Eso es lo que necesito. # speaker: ren
+ ["Otro ladrón. Esta vez hay que asegurarnos de que lo acusen." # score: observe -1 # myth: myth.offender_not_victim # why: Decidir que es solo un delincuente antes de saber nada puede impedirle ver señales de que alguien lo obliga a robar. Mantenga la mente abierta y observe.]
  Tal vez. Primero veamos qué vemos. # speaker: ren # show: ren:guarded
- Voy a estar en las cámaras de la oficina. Hábleme por el radio. # speaker: ren
Se va hacia el fondo de la tienda. # hide: ren
-> floor

=== floor ===
# phase: observe
# show: jordan:guarded
Toma una etiquetadora de precios y se va acercando a cosméticos. Camine despacio. Mire, pero sin quedarse mirando.
Tiene tiempo de mirar bien una cosa antes de que él se mueva.
+ [Mirar al joven del mostrador de cosméticos # observe: cosmetics_counter # reveals: retail.regular_same_clothes_unwell # ambiguous: retail.directed_shoplifting_orc]
  Tiene unos veinte años, y está delgado. Es el mismo conjunto deportivo gris del video del lunes, con la misma mancha en la rodilla.
  Tose en la manga. Es una tos profunda, con flema. Tiene la cara gris y sudada.
  Revisa el teléfono a cada rato, y cada vez mira hacia las puertas de la entrada.
  Las notas de Ren dicen que siempre viene a horas raras: justo después de abrir, o poco antes de cerrar.
+ [Preguntarle a Ren por radio qué muestra la cámara del techo # observe: cctv_dome # reveals: retail.directed_shoplifting_orc]
  Ren contesta en voz baja.
  Está leyendo una lista en su teléfono. Rasuradoras, luego el perfume grande, luego rasuradoras otra vez. # speaker: ren
  Se le acaba de prender el teléfono. Lo leyó, regresó una caja chica y tomó una grande. # speaker: ren
  Es como si alguien estuviera comprando a través de él. # speaker: ren
+ [Mirar la fila de las cajas # observe: tills # reveals: nothing]
  Un señor mayor paga seis paquetes de pilas y una bolsa de caramelos, todo en monedas. # sound: till_beep
  Le dice a la cajera que son para el carro de control remoto de su nieto. Nada más aquí.
- {variant == 2: Él levanta la vista hacia usted, y la aparta rápido. Le tiembla la rodilla.|No levanta la vista. Se mueve despacio, como si cada paso le costara.}
Se pone de espaldas al mostrador. Cuando se voltea, tiene las manos vacías y el frente de la sudadera más abultado.
Toma dos camisetas de un perchero y se va a los probadores. # hide: jordan
-> front

=== front ===
Está en los probadores. Gloria está en el mostrador. Revise la entrada antes de que salga. # speaker: ren
Da la vuelta larga, pasando por los baños hasta las puertas de la entrada. Una parada no va a llamar la atención.
+ [Mirar el pasillo de los baños # observe: restroom_corridor # reveals: retail.hotline_signage_removed]
  Junto a la puerta del baño hay una calcomanía pequeña de {hotline_name}. O había.
  Alguien raspó el número con una llave. Solo queda la primera línea: "¿Alguien lo obliga a hacer cosas que no quiere?"
  La hoja de limpieza en la puerta dice: calcomanía nueva, viernes. Es la tercera este mes.
+ [Mirar el estacionamiento por la ventana de la entrada # observe: car_park_window # reveals: retail.watcher_outside]
  Un hatchback plateado está en la zona de recogida con el motor prendido.
  {variant == 2: Un hombre corpulento con gorra está apoyado en el capó, fumando. No espera a que lo recojan. Está vigilando las puertas.|Un hombre corpulento con gorra está al volante. No está leyendo ni hablando por teléfono. Está vigilando las puertas.}
  Revisa su teléfono, luego su reloj, luego otra vez las puertas.
+ [Mirar las puertas de salida # observe: exit_gates # reveals: nothing]
  Los sensores pitan cuando pasa una mujer con un cochecito. # sound: door_slide
  Se detiene, se ríe y saca de su bolsa una camiseta de bebé. La pagó, pero todavía tiene la etiqueta.
  Una cajera se la quita. Nada más aquí.
- -> fitting

=== fitting ===
# bg: store_fitting_rooms
# show: gloria:calm
Los probadores están al fondo, junto a la oficina de prevención de pérdidas.
Gloria dobla blusas en su mostrador. La cortina del último probador está cerrada. Detrás se oye crujir papel.
Puede mirar una cosa mientras él está adentro.
+ [Hablar un momento con Gloria en su mostrador # observe: attendant_counter # reveals: retail.discreet_help_seeking]
  Gloria sigue doblando. Habla sin levantar la vista.
  Me preguntó en qué pueblo estamos. ¿Usted cree? # speaker: gloria
  Luego preguntó si el baño del personal tiene seguro. Algún lugar donde nadie entre. # speaker: gloria
  Le dije que es solo para el personal. Me pidió perdón, como si lo dijera en serio. # speaker: gloria
+ [Mirar por la ventana de la oficina de prevención de pérdidas # observe: lp_office_window # reveals: retail.matching_tattoos_group]
  En la pantalla de Ren está el video del lunes, detenido en una imagen.
  Tres jóvenes en una caja: este, con el conjunto deportivo gris, y otros dos.
  Ren hizo zoom a sus manos. Cada uno tiene la misma marca pequeña en el dorso de la mano derecha: una corona negra sobre dos letras.
  Un tatuaje solo no significa nada. La misma marca en tres jóvenes que entran juntos vale la pena anotarla.
+ [Echar un vistazo al espejo de cuerpo entero # observe: mirror # reveals: retail.directed_shoplifting_orc]
  El espejo muestra el espacio debajo de la cortina del último probador.
  En el piso hay cajas de rasuradoras vacías. Al lado hay una bolsa de compras abierta. Está forrada por dentro con papel aluminio.
  El aluminio puede evitar que los sensores de salida detecten las etiquetas. Alguien le enseñó a hacer esto.
- La cortina se abre. Él sale y le entrega a Gloria las dos camisetas. # show: jordan:guarded
Murmura que no le quedaron.
Ahora trae la bolsa de compras bajo el brazo, cerrada. Camina hacia el frente de la tienda.
Lo vi tomarlas en cosméticos. No ha pagado. Lo detengo cuando pase la última caja. # speaker: ren
Gloria recoge las camisetas y vuelve a doblar. # hide: gloria
-> stop

=== stop ===
# phase: talk
# bg: store_sales_floor
# requires: supervisor
# show: jordan:guarded
Pasa la última caja sin detenerse. Ren sale del fondo y lo sigue, diez pasos atrás. # show: ren:calm # discuss: Está ocurriendo un robo. ¿Ha visto algo que indique que otra persona lo dirige?
Afuera, el hombre del carro plateado se endereza y vigila las puertas. # indicator: retail.watcher_outside
Al joven le vibra el teléfono. Lo lee y camina más rápido.
Lo detengo justo afuera de las puertas, como siempre. # speaker: ren
+ [Salir al carro y preguntarle al hombre qué está esperando # critical: confront_controller # score: safety -2 # why: Enfrentar al hombre que quizá controla a Jordan lo pone sobre aviso y pone en riesgo a Jordan, y a usted. Anote el carro y la placa por la ventana y haga que la detención sea tranquila y fuera de su vista.]
  -> car_confront
+ [Gritar "¡Alto ahí!" y ponerse frente a las puertas # critical: suspicion_in_front_of_controller # score: safety -2 # why: Una detención a gritos en la puerta, a la vista del hombre de afuera, le dice que atraparon a Jordan y que el personal ya se dio cuenta. Jordan puede pagarlo después. Haga las detenciones en voz baja y fuera de la vista.]
  -> loud_stop
+ [Dejar que Ren lo detenga afuera de las puertas, como siempre # score: safety -1 # why: El lugar de siempre sirve para la mayoría de las detenciones. Hoy alguien afuera vigila las puertas, y una detención que él pueda ver puede poner en peligro a Jordan después. Haga la detención fuera de su vista, o no la haga.]
  -> door_stop
+ [Decirle a Ren por radio: "Deténgalo adentro, detrás del exhibidor, donde el carro no lo vea." # score: safety +2 # score: collaboration +1 # why: Una detención fuera de la vista del hombre de afuera evita que sepa que atraparon a Jordan, y le da a usted un momento en privado para ofrecer ayuda. Sigue siendo un riesgo: si Jordan tarda, el hombre puede darse cuenta de todos modos.]
  -> quiet_stop
+ [Decirle a Ren por radio: "Hoy no lo detenga. Lo están vigilando. Déjelo ir, y anotamos la placa y avisamos al centro de control." # score: safety +1 # score: document +1 # action: supervisor # why: Con el hombre que quizá lo controla mirando, no intervenir es la opción segura y respaldada: nadie se pone sobre aviso y nadie sale lastimado. El costo es que Jordan se va sin saber que existe ayuda.]
  -> let_go

=== let_go ===
Ren se queda callada un momento en el radio. # show: ren:guarded
Usted decide. Son solo rasuradoras. # speaker: ren
Jordan pasa por los sensores. La alarma no suena: el aluminio funciona. Se sube al carro plateado sin voltear. # hide: jordan # sound: door_slide
# phase: act
Usted se queda en la ventana de la entrada con la etiquetadora, como si revisara un letrero, y lee la placa cuando el carro sale.
Ren guarda el video desde las nueve. Usted avisa por radio a {escalation_first}: un joven que roba por encargo, el mismo hombre vigilando cada vez, el carro, la placa, tres visitas esta semana.
Se lo van a pasar al equipo de la policía que ve los robos en tiendas, y en el cambio de turno van a hablar con usted sobre la línea de ayuda. # speaker: ren
# ending: let_go; Lo dejaron ir, con un informe
-> file_report(-> epilogue_let_go)

=== quiet_stop ===
Buena idea. # speaker: ren
Ren apura el paso y lo alcanza entre la última caja y los sensores, detrás de un exhibidor alto.
Disculpe. Soy de la tienda. Creo que trae algo en la bolsa que no ha pagado. ¿Me acompaña a la oficina? # speaker: ren
Él se detiene. Mira las puertas, y luego el piso.
Está bien. Me llamo Jordan. # speaker: jordan
Por la ventana, el hombre del carro sigue vigilando las puertas. No vio nada.
-> office

=== door_stop ===
El joven pasa por los sensores. Ren sale detrás de él a la acera.
Disculpe. Soy de la tienda. ¿Me acompaña adentro? # speaker: ren
En la zona de recogida, el hombre del carro plateado lo vio todo. Saca su teléfono. # show: jordan:anxious
El joven regresa con Ren. Está pálido.
-> office_seen

=== loud_stop ===
¡Alto ahí! # speaker: officer
La gente voltea. El joven se queda paralizado en la puerta. # show: jordan:anxious
En la zona de recogida, el hombre del carro plateado lo vio todo. Saca su teléfono.
Ren llega hasta usted, respirando fuerte, y le habla a él en voz baja.
Soy de la tienda. Acompáñeme a la oficina, por favor. # speaker: ren
Él se va con ella sin decir nada. No voltea hacia usted.
-> office_seen

=== car_confront ===
Sale por los sensores hasta el carro plateado. # sound: door_slide
El hombre le echa una mirada, y luego mira las puertas detrás de usted.
Estoy esperando a mi primo. ¿Algún problema? # speaker: wes # show: wes:impatient
Dice algo corto por teléfono. Luego sale rápido de la zona de recogida. # hide: wes
Adentro, el joven lo vio todo a través del vidrio. Deja la bolsa junto a los sensores y sale directo por el otro lado. # show: jordan:anxious
Ren se detiene en las puertas. La política dice que ella no persigue a nadie. # show: ren:guarded
-> car_gone

=== office ===
# bg: store_fitting_rooms
# ambience: store_backoffice
# requires: hotline
# show: gloria:calm
# show: ren:calm
Ren lleva a Jordan a la oficina de prevención de pérdidas, pasando los probadores. Gloria los ve pasar.
En la oficina, Ren le ofrece la silla más cerca de la puerta. Deja la puerta entreabierta.
Él mismo pone la bolsa en el escritorio. Adentro hay ocho paquetes de hojas de rasurar y dos cajas grandes de perfume. La bolsa está forrada de aluminio. # indicator: retail.directed_shoplifting_orc
Tiene una venda sucia en la mano izquierda. La esconde, y no levanta la vista. # indicator: retail.injuries_avoids_eye_contact
Le vibra el teléfono en el bolsillo. Se sobresalta. Vuelve a vibrar.
Yo hago un informe de cada detención. Es la política. Lo que pase después depende en parte del gerente de la tienda. # speaker: ren
Pero primero me gustaría escucharlo a usted. # speaker: ren
Ren le hace una seña a usted. Usted habla primero.
+ ["Está grabado en cámara. La policía viene en camino y lo van a acusar, a menos que nos diga quién está en ese carro." # critical: threaten_arrest_or_immigration # myth: myth.offender_not_victim # score: safety -2 # score: trust -2 # why: Quienes controlan a otros usan justo esta amenaza para que se queden callados. Oírla de usted les da la razón. Dígale que nadie lo está apurando, y que usted puede escucharlo.]
  -> talk_threat
+ ["Parece que le preocupa más ese teléfono que nosotros." # resolves: retail.directed_shoplifting_orc # score: trust +2 # score: safety +1 # why: Nombrar lo que usted ve, no lo que sospecha, le permite hablar de la persona que le escribe sin pedirle que acuse a nadie. Puede ignorarlo si quiere.]
  -> talk_open
+ ["Díganos quién está en el carro, y le prometo que no habrá policía ni cargos." # critical: promise_cannot_keep # score: trust -2 # why: Los cargos no los retira usted, y puede que tenga que comunicar lo que sepa. Una promesa que se rompe le enseña que quienes ayudan también mienten. Sea honesto sobre lo que puede y no puede hacer.]
  -> talk_promise
+ [No decir nada todavía. Dejar que Ren termine la parte de la tienda, y traerle un vaso de agua # score: trust +1 # score: safety +1 # why: El silencio y un vaso de agua bajan la tensión y le dan tiempo de calmarse. Es más lento: el hombre de afuera está contando los minutos, y puede que Jordan no diga nada antes de tener que irse.]
  -> talk_slow
+ ["¿Es usted víctima de trata? ¿Alguien lo obliga a robar?" # critical: labelling_question # myth: myth.ask_directly # score: trust -2 # why: Una pregunta que le pone una etiqueta casi siempre recibe un "no", y puede sonar a acusación. Funciona mejor una pregunta con tacto sobre su seguridad y un ofrecimiento discreto de ayuda.]
  -> talk_label

=== talk_slow ===
Llena un vaso de papel en el garrafón y se lo pone junto a la mano sana. Ren escribe. Nadie habla por un rato.
Él se toma la mitad. Le vibra el teléfono. Lo mira, y luego mira hacia usted.
-> talk_open

=== talk_open ===
Se queda callado un buen rato. # show: jordan:guarded
{variant == 2: ¿Preocupado? Se va a poner como loco. Llevo diez minutos aquí. # speaker: jordan # indicator: retail.directed_shoplifting_orc|Se va a enojar. No debo tardarme. # speaker: jordan # indicator: retail.directed_shoplifting_orc}
Le debo. Por el cuarto y eso. # speaker: jordan
Es todo lo que dice. Pone el teléfono boca abajo.
+ ["¿Qué le pasó en la mano?" # score: trust -1 # why: Suena a que le importa, pero señala una herida que él esconde y le pide que la explique. Él cambia de tema; el botiquín en el escritorio habría dicho lo mismo sin preguntar nada.]
  -> hand_asked
+ ["¿Quién es él? ¿Cómo se llama, y cuántos son ustedes?" # critical: interrogate_victim # score: trust -2 # score: safety -1 # why: Preguntas sobre el hombre, nombres y números son una investigación. Eso le toca a la policía, lo asusta, y lo que diga bajo presión puede perjudicar un caso después. Escuche, y ofrezca opciones.]
  -> talk_pressed
+ [Acercarle el botiquín por el escritorio, y esperar # score: trust +1 # score: safety +1 # why: Ofrecerle atender la mano sin preguntar por ella respeta lo que él decidió no decir, y deja el siguiente paso en sus manos.]
  -> hand_kit

=== hand_asked ===
Me la lastimé con la puerta de un carro. # speaker: jordan
{variant == 2: Mira la pared. O con una puerta. Lo que sea.|No levanta la vista.}
-> talk_more

=== hand_kit ===
Saca una venda limpia del botiquín y la sostiene sin abrirla.
-> talk_more

=== talk_more ===
Si regreso sin nada, pierdo mi lugar. Hay otros. # speaker: jordan # indicator: retail.directed_shoplifting_orc
Sabe dónde vive mi mamá. Mi hermanita se va sola a la escuela. # speaker: jordan
Se detiene. Dijo más de lo que quería. # show: jordan:anxious
-> offer

=== talk_pressed ===
A Jordan se le cierra la cara. # show: jordan:anxious
No sé cómo se llama. No sé nada. # speaker: jordan
{variant == 2: ¿Para qué, para que le diga que hablé? # speaker: jordan|Se queda mirando el escritorio.}
-> offer_closed

=== talk_label ===
Jordan se le queda mirando. # show: jordan:anxious
{variant == 2: ¿Trata? ¿Qué, como en las películas? No. Me llevé unas rasuradoras. Llame a la policía si quiere. # speaker: jordan|No. No. No es eso. Nada más me llevé unas cosas. # speaker: jordan}
Se cruza de brazos y mira la pared. Le vuelve a vibrar el teléfono. No lo toca.
-> offer_closed

=== talk_threat ===
Jordan se queda inmóvil. # show: jordan:anxious
Él dijo que ustedes iban a hacer eso. # speaker: jordan
Dijo que la policía me iba a encerrar y que nadie me iba a creer nada. # speaker: jordan
Después de eso no dice nada. Ren le lanza a usted una mirada larga. # show: ren:guarded
-> offer_closed

=== talk_promise ===
Jordan mira hacia usted, y luego a Ren. # show: jordan:guarded
Yo no puedo prometer eso. No depende de mí, ni de usted. # speaker: ren
Jordan casi se ríe.
Claro. # speaker: jordan
Después de eso mira la pared. Lo que iba a decir, se lo guarda.
-> offer_closed

=== offer ===
# phase: act
Le vuelve a vibrar el teléfono. Lo pone boca abajo en el escritorio. # discuss: Si lo obligan a robar, ¿cómo cambia eso lo que usted le dice y a quién llama?
¿Puedo usar su teléfono? El mío no. Él lee el mío. # speaker: jordan # indicator: retail.discreet_help_seeking
+ ["Tiene que quedarse aquí hasta que llegue la policía. Es por su bien." # critical: detain_or_rescue # score: choice -2 # score: safety -1 # myth: myth.security_rescues # why: Retenerlo contra su voluntad por su bien le quita su decisión, igual que el hombre de afuera, y la política de la tienda no lo permite. Ofrézcale una ayuda que él pueda decidir usar.]
  -> held
+ [Pedirle a Ren que llame a la policía y denuncie el robo, y dejarlo ahí # score: collaboration -1 # score: choice -1 # myth: myth.offender_not_victim # why: Tratarlo solo como ladrón pasa por alto las señales de que lo obligan a robar. La tienda denuncia los robos según su propia política, pero a usted le toca comunicar lo que vio sobre el hombre de afuera, y asegurarse de que Jordan sepa que existe ayuda.]
  -> charged
+ [Pasarle el teléfono del escritorio: "{hotline_name}. Puede llamar ahora, llevarse el número, o ninguna de las dos. Usted decide." # score: peer_support +2 # score: choice +2 # action: hotline # why: Personal de apoyo capacitado al que puede llegar en sus propios términos, con opciones reales y sin presión, le da un camino que no depende de usted. Ren igual avisa al centro de control, según la política.]
  -> made_call
+ [Decirle con honestidad: Ren tiene que pasar la detención al centro de control, y ahí le van a preguntar si quiere una remisión a {hotline_name}. Preguntarle si quiere que lo llamen, o no # score: collaboration +2 # score: choice +1 # action: hotline # why: Honesto sobre lo que sigue y dentro de la política, y le deja la decisión. Es más lento que dejarlo llamar ahora, y le pide confiar en un proceso que nunca ha visto.]
  -> referral

=== referral ===
Jordan lo piensa un buen rato.
En mi teléfono no. Él lo lee. # speaker: jordan # indicator: retail.discreet_help_seeking
Ren llama por radio a {escalation_first}. El centro de control acepta hacer la remisión a {hotline_name} y darle a Jordan una hora para devolver la llamada desde el teléfono de la tienda.
-> notes ->
# ending: referral; Remitido, con su opinión
Sale por la entrada del personal. Usted anota la hora, y hacia dónde se fue caminando.
-> file_report(-> epilogue_card)

=== offer_closed ===
# phase: act
Ren hace el informe de la detención. En el cuarto no se oye nada más que el teléfono vibrando.
El informe de Ren va al centro de control, y ahí van a decidir con ella sobre una remisión, según la política.
+ [Bajar el ritmo. Escribir el número de {hotline_name} en un pedazo de rollo de recibos, y dejarlo junto a su mano # score: peer_support +1 # score: trust +1 # action: hotline # why: Aun después de un mal comienzo, un ofrecimiento tranquilo y honesto, sin presión, le deja una forma de pedir ayuda cuando esté listo.]
  -> card_taken
+ [Pedirle a Ren que llame a la policía y denuncie el robo, y dejarlo ahí # score: collaboration -1 # score: choice -1 # myth: myth.offender_not_victim # why: Tratarlo solo como ladrón pasa por alto las señales de que lo obligan a robar. La tienda denuncia los robos según su propia política, pero a usted le toca comunicar lo que vio sobre el hombre de afuera, y asegurarse de que Jordan sepa que existe ayuda.]
  -> charged

=== made_call ===
Mira el teléfono del escritorio un buen rato.
¿Qué digo? # speaker: jordan
Lo que usted quiera. Puede decir nada más que está en una tienda y que necesita un consejo. # speaker: officer
Yo tengo que escribir lo que vi hoy, y lo voy a comunicar por la vía correcta. Si alguna vez creyera que usted está en peligro en ese momento, pediría ayuda, y se lo diría a usted primero. # speaker: officer
Ren le acerca el teléfono del escritorio. Usted escribe {hotline_phone} en una nota adhesiva y la pone junto al teléfono. # show: ren:calm
Voy a registrar esta detención como posible robo forzado, con lo que vimos afuera, y se lo voy a pasar al centro de control. La mercancía ya se recuperó. # speaker: ren
Él levanta el auricular con la mano sana y marca.
Usted y Ren salen para que él pueda hablar en privado. Usted se queda donde puede ver la puerta de la oficina. # show: jordan:relieved
Veinte minutos después sigue en el teléfono. Le pidió a Gloria un vaso de agua.
-> notes ->
# ending: made_call; Hizo la llamada
La persona de apoyo le pide a la tienda que llame un taxi a un punto de encuentro. Jordan sale por la entrada del personal, lejos de la zona de recogida.
-> file_report(-> epilogue_call)

=== card_taken ===
Arranca un pedazo de rollo de recibos y escribe {hotline_phone} y {hotline_text}, como si fuera una nota sobre el horario.
Él lo mira. Luego lo dobla pequeño y se lo mete en el calcetín. # show: jordan:guarded
-> notes ->
Ren registra la mercancía como recuperada. El gerente dice que hoy no habrá cargos, solo una carta que le prohíbe la entrada a la tienda.
Sale por las puertas de la entrada. Afuera, el carro plateado lo está esperando. Se sube. # sound: door_slide # hide: jordan
# ending: took_number; Se llevó el número, y regresó
Usted anota la hora en que se fue, y hacia dónde dio vuelta el carro.
-> file_report(-> epilogue_card)

=== notes ===
Empieza sus notas mientras lo tiene fresco.
+ [Escribir los hechos: horas, el carro y su placa, sus palabras tal como las dijo, y pedirle a Ren que guarde el video # score: document +2 # why: Hechos simples y palabras exactas, con el video guardado, le dan a la policía y al personal de apoyo algo que pueden usar, sin que usted decida qué significa todo.]
  Escribe sus palabras tal como las dijo, y nada de lo que usted supuso. Ren guarda el video desde las nueve.
+ [Escribir: "Ladrón conocido, probablemente de una pandilla. Resuelto." # score: document -1 # why: Las etiquetas y suposiciones lo pueden perseguir por años y les dicen muy poco a quienes pueden ayudar. Escriba lo que vio y oyó, en las palabras de él, y guarde el video.]
  Ren lo lee y levanta una ceja, pero no dice nada.
- ->->

=== held ===
Usted se para en la puerta. Jordan se levanta, temblando. # show: jordan:anxious
No me puedo quedar. Usted no entiende. No puedo. # speaker: jordan
No podemos retenerlo aquí. No es nuestra política, y no es la ley. # speaker: ren # show: ren:guarded
Usted se hace a un lado. Jordan atraviesa la tienda, rápido, y se sube al carro plateado. # hide: jordan # sound: door_slide
# ending: back_to_car; Regresó al carro
Alcanza a ver la placa cuando da la vuelta. Nadie le dijo dónde hay ayuda.
-> file_report(-> epilogue_car)

=== charged ===
Ren llama a la policía y denuncia un robo. Cuelga y voltea hacia usted. # show: ren:guarded
Cuarenta minutos, dijeron. # speaker: ren
Jordan está sentado con la cabeza baja. Su teléfono vibra, y vibra, y se calla.
Cuando llega la policía, se lo llevan por robo en tienda. Usted les cuenta lo del carro, pero ya no está en la zona de recogida.
# ending: charged; Fichado por robo en tienda
En la puerta, él voltea una vez hacia usted. Nadie le dijo dónde hay ayuda.
-> file_report(-> epilogue_charged)

=== car_gone ===
# phase: act
Ren recoge la bolsa del piso junto a los sensores.
+ [Anotar el carro, la placa, el hombre, las horas y hacia dónde se fueron los dos, y pedirle a Ren que guarde el video # score: document +2 # why: No puede deshacer el aviso que le dio, pero los hechos exactos y el video guardado les dan a quienes pueden actuar algo real con qué trabajar.]
  Vio la placa cuando el carro salió. La anota, con la hora y la gorra y la chaqueta del hombre.
  Ren guarda el video desde las nueve.
+ [Ir tras el joven por la calle # score: safety -2 # myth: myth.security_rescues # why: Perseguirlo va contra la política, lo asusta y puede ponerlos a los dos cerca del hombre que se acaba de ir. Déjelo ir, y anote lo que vio.]
  Llega hasta la esquina. Ya no está. No vio hacia dónde se fue.
  Ren está esperando en las puertas cuando usted regresa. No dice nada.
- # ending: car_gone; El carro se fue
Ren regresa la mercancía al inventario. Ahora el hombre de afuera sabe que la tienda está vigilando.
-> file_report(-> epilogue_gone)

=== office_seen ===
# bg: store_fitting_rooms
# ambience: store_backoffice
# show: gloria:calm
# show: ren:calm
Ren lo lleva rápido a la oficina de prevención de pérdidas, pasando los probadores.
Él pone la bolsa en el escritorio. Hojas de rasurar y perfume, en una bolsa forrada de aluminio. # indicator: retail.directed_shoplifting_orc
Tiene una venda sucia en la mano izquierda. No levanta la vista. # indicator: retail.injuries_avoids_eye_contact
Su teléfono vibra, y vibra, y vibra.
Vio. Vio que me detuvieron. # speaker: jordan
-> handler_arrives

=== handler_arrives ===
# phase: act
En el piso de ventas se oyen gritos. Gloria entra de prisa a la oficina y cierra la puerta detrás de ella. # show: gloria:anxious
Ese hombre de afuera. Viene para acá. # speaker: gloria
Unos pasos pesados se detienen afuera de la oficina. Un puño golpea la puerta. # requires: emergency
Jordan, sal. Ya. O ya sabes lo que pasa. # speaker: wes
Jordan se encoge contra la pared. Le tiemblan las manos. # show: jordan:anxious
Ren le pone el seguro a la puerta de la oficina. # show: ren:anxious
+ [Avisar por radio a {escalation_first} y esperar a que le digan qué hacer # critical: no_emergency_call # score: safety -2 # why: Cuando alguien está siendo amenazado en este momento, la llamada de emergencia va primero. Avise a su supervisor justo después.]
  -> radioed
+ [Abrir la puerta y decirle que se vaya de la tienda # critical: confront_controller # score: safety -3 # why: Enfrentar a un hombre enojado que está amenazando pone en peligro a usted, a Ren y a Jordan, y puede volverlo más violento. Mantenga la puerta cerrada y llame al número de emergencias.]
  -> opened_door
+ [Marcar el {emergency_number}. La puerta se queda con seguro # score: safety +3 # score: report +2 # action: emergency # why: Un hombre está amenazando a alguien en este momento y trata de llegar hasta él. Eso es una emergencia: llame primero, mantenga la puerta cerrada y deje que la policía se encargue de él.]
  -> called_emergency

=== called_emergency ===
Llama al {emergency_number} y habla en voz baja. Da el nombre de la tienda, la oficina y lo que el hombre está gritando.
Ren pide por radio a las cajas que mantengan a los clientes lejos del fondo. # show: ren:calm
A través de la puerta, él oye que usted habla por teléfono. No se va. Golpea más fuerte, luego patea la puerta una vez, y grita que Jordan es su primo y que se lo va a llevar a casa.
Jordan se desliza por la pared hasta quedar sentado en el piso.
Usted se agacha a buena distancia y habla en voz baja.
Conmigo no está en problemas. La policía viene por él, no por usted. # speaker: officer
Ocho minutos después, dos agentes de policía sacan a la acera al hombre de la gorra. Sigue diciendo que es primo de Jordan. Usted les da la placa que vio por la ventana.
Un agente de policía y una persona de apoyo hablan con Jordan en la oficina. Usted no está en el cuarto. # show: jordan:guarded
# ending: emergency; La puerta se quedó cerrada
Antes de irse, Jordan le pide a Gloria un vaso de agua. Es lo primero que le ha pedido a alguien. # hide: gloria
-> file_report(-> epilogue_emergency)

=== opened_door ===
Abre la puerta. El hombre de la gorra llena el marco.
Tiene que salir de la tienda. # speaker: officer
Le da un empujón a usted al pasar. Toma a Jordan del brazo y lo saca caminando por la tienda. # show: jordan:anxious
Jordan no se resiste. No voltea.
Solo entonces Ren llama al {emergency_number}. Para cuando llega la policía, el carro ya se fue. # hide: jordan
# ending: taken_away; Se lo llevaron caminando
Le duele el hombro donde recibió el empujón. Anota todo lo que puede recordar.
-> file_report(-> epilogue_taken)

=== radioed ===
Aprieta el botón del radio. {escalation_first} tarda unos segundos en contestar.
Lo primero que oye es: llame al {emergency_number}, ya.
Mientras marca, los golpes se detienen. Por la ventana, ve que el hombre vuelve al carro.
Diez minutos después, Jordan dice que se tiene que ir. Usted no puede detenerlo. Sale al estacionamiento. # hide: jordan
# ending: went_back_out; Regresó al carro de afuera
La policía llega a una zona de recogida vacía.
-> file_report(-> epilogue_taken)

=== epilogue_call ===
Una semana después, no hay rastro del carro plateado. Las rasuradoras se quedan en el estante.
-> aftermath

=== epilogue_let_go ===
El jueves vuelven a desaparecer rasuradoras, esta vez de la tienda de enfrente. El centro de control tiene su placa y sus horas, y el equipo de la policía de robos en tiendas también.
Dejarlo ir fue seguro hoy. Que alguien logre llegar a Jordan depende de la próxima persona que lo vea.
-> aftermath

=== epilogue_card ===
El martes siguiente, Jordan no viene. Nadie sabe si es buena noticia.
Decir que no hoy no significa decir que no para siempre. Muchas personas necesitan varias oportunidades antes de pedir ayuda.
-> aftermath

=== epilogue_car ===
Dos días después, otro joven con un conjunto deportivo gris está en el mostrador de cosméticos a las nueve y cinco.
-> aftermath

=== epilogue_charged ===
Jordan tiene que presentarse en la corte el mes que viene por robo. Su nota sobre el carro plateado está en otro expediente.
-> aftermath

=== epilogue_gone ===
El carro plateado no vuelve a Brook and Hale. La tienda de enfrente denuncia una serie de robos de rasuradoras.
-> aftermath

=== epilogue_emergency ===
Al día siguiente, Ren le pregunta si ha sabido algo. No ha sabido nada. Eso es normal. Su parte fue la llamada.
-> aftermath

=== epilogue_taken ===
La policía tiene la placa. Nadie en Brook and Hale vuelve a ver a Jordan.
-> aftermath

=== aftermath ===
{
- report_action == "emergency":
  Su informe va a la policía. Al día siguiente, un agente llama para confirmar la placa con usted.
- report_action == "police":
  Su informe va a la policía. Jordan es un adulto, y nadie le preguntó si quería eso.
- report_action == "hotline":
  Más tarde esa semana, en el centro de control, {escalation_first} le dice que una persona de apoyo de {hotline_name} se comunicó con la tienda por su informe. Nadie le cuenta más. El personal de apoyo mantiene en privado el contacto de cada persona.
- report_action == "supervisor":
  Al final del turno, en el centro de control, {escalation_first} lee su informe y dice que lo va a pasar a quien corresponde.
- report_action == "log":
  Su informe queda en el registro de incidentes de la tienda como un robo. Nadie llama por eso.
- else:
  Nada sobre el hombre de afuera queda en el registro. Para la próxima semana, los detalles ya se están borrando.
}
Más tarde, Ren pregunta por qué su historia sobre la mano cambiaba tanto. El miedo y la vergüenza hacen eso: un relato que cambia o que se cuenta sin emoción es una reacción común al trauma, no una señal de que miente.
Su turno termina a las cinco.
-> END
