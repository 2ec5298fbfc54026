// translation-of: sha256:c206e8807ad853af
# grammar: 1
# id: transit.farm_bus
# title: Turno de la tarde: la cuadrilla del autobús nocturno
# setting: transit
# summary: Una cuadrilla de trabajadores agrícolas espera en el andén 4 el autobús nocturno con el hombre que dirige la cuadrilla. Uno de ellos se sujeta la mano como si le doliera, y el autobús sale en quince minutos.
# minutes: 12
# situation: labour_trafficking
# minor: no
# variants: 2
# content_note: Esta historia trata de una cuadrilla de trabajadores agrícolas adultos que viajan de un trabajo a otro con su jefe de cuadrilla. Toca temas como quién guarda sus papeles y boletos, dinero que se debe, una herida en la mano sin atender y el miedo a la deportación. No se muestra violencia. Puede tomar una pausa en cualquier momento.
# focus: Una cuadrilla de temporada en camino: qué distingue un arreglo legal del control, y qué hacer con quince minutos
# character: june; June; La agente de boletos de la ventanilla 2, de unos cincuenta años, con un suéter sobre el uniforme y un botiquín debajo del mostrador. Su compañera esta noche.
# character: royce; Royce; Hombre de unos cuarenta años con chaqueta de trabajo de lona color caqui y una carpeta de plástico transparente que deja en la banca a su lado.
# character: daniel; Daniel; Joven de unos veintidós años con sudadera con capucha llena de polvo y botas de trabajo, y un teléfono sin funda.
# character: luis; Luis; Hombre de unos treinta años con una camiseta delgada, con la mano derecha envuelta en otra camiseta y apretada contra el pecho.
# distractor: not.speaks_other_language
# distractor: not.outside_contractor
# distractor: not.tired_or_shy
# teaches: myth.only_foreigners
# teaches: myth.trauma_story_changes
# teaches: myth.trauma_hostile_or_flat

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

-> start

=== start ===
# phase: briefing
# bg: bus_station_hall
# ambience: bus_station
# show: june:calm
Son las ocho menos veinte de la noche en la terminal de autobuses Crossways. El cielo sobre los andenes se pone azul oscuro.
Usted está en el turno de la tarde para {org_name}. June le hace una seña desde la ventanilla 2.
Hay una cuadrilla de trabajo en las bancas del andén 4. Nueve, llegaron en el de las seis y diez del sur, para el nocturno de las siete cincuenta y cinco. # speaker: june
Uno de ellos se sujeta la mano como si la tuviera rota desde que se bajó. Nadie me ha pedido nada. # speaker: june
+ ["Esa mano necesita atención. Voy a llevar el botiquín ahora mismo." # score: safety +1 # why: Atender una herida es parte del trabajo, y ofrecer ayuda es correcto. Pero llegar primero, antes de haber visto nada, significa que no va a saber en qué se está metiendo.]
  Espere un minuto. Al que manda no le gusta que la gente se les acerque. # speaker: june # show: june:guarded
+ [Asentir y anotar la hora, el andén y el autobús # score: observe +1 # score: document +1 # why: Anotar cuándo y dónde, antes de que pase algo, es la base de un informe útil, y no le muestra nada a nadie.]
  Voy a pasar junto a ellos en mi ronda. # speaker: officer
  Está bien. Aquí estoy. # speaker: june
+ ["Las cuadrillas agrícolas tienen visas de trabajo y un contratista. Si los papeles están en orden, no hay nada más que hacer." # score: observe -1 # myth: myth.only_foreigners # why: Una visa y un contratista hacen legal el trabajo, no el trato que recibe la cuadrilla. Cerrar el tema por los papeles le impide ver lo que distingue una cosa de la otra.]
  Tal vez. # speaker: june # show: june:guarded
  Pero igual va a pasar por ahí, ¿no? # speaker: june
+ ["Voy a revisarles las identificaciones." # score: safety -1 # score: trust -1 # why: Revisar los papeles de una cuadrilla no es trabajo de seguridad en una terminal de autobuses, y convierte a nueve trabajadores cansados en sospechosos. Le avisa a quien los maneja que alguien está mirando.]
  ¿Con qué motivo? Tienen boletos. Yo se los vendí. # speaker: june # show: june:guarded
  Solo pase por ahí. Vea lo que ve. # speaker: june
- Usted anota la hora: siete y cuarenta. # requires: log
  -> hall

=== hall ===
# phase: observe
# hide: june
Usted da la vuelta larga por la sala.
- (around)
* [Mirar las maletas en la banca junto al andén 4 # observe: bench_bags # reveals: transit.group_with_handler # ambiguous: transit.companion_holds_documents_ticket]
  Una maleta grande con ruedas con una chaqueta de trabajo caqui sobre el asa, y al lado, en el asiento, una carpeta de plástico transparente. Debajo de la banca, las bolsas de la cuadrilla: una mochila o una bolsa del súper cada uno.
  Por el plástico se ve un montón de boletos de autobús y, sujetos con una liga, un montón de pasaportes y un par de licencias de manejo.
  Los jefes de cuadrilla con contrato muchas veces llevan los papeles de todos. Desde aquí no se sabe de quién fue la idea.
  -> around
* [Mirar la ventanilla 2 # observe: ticket_window # reveals: transit.ticket_bought_by_other]
  June gira su pantalla para que usted vea la reserva.
  Nueve boletos, una tarjeta, un solo nombre en la tarjeta. Los compró todos al mediodía por teléfono. Los otros ocho no tienen boleto en la mano. # speaker: june
  Los viajes de iglesia hacen lo mismo, y los equipos escolares. # speaker: june
  -> around
* [Mirar las puertas del andén 4 y a la cuadrilla delante de ellas # observe: bay_doors # reveals: transit.restricted_monitored_movement]
  La cuadrilla está sentada en fila delante del vidrio, con botas de trabajo y pantalones de mezclilla llenos de polvo. Casi todos tienen los ojos cerrados. Al otro lado de las puertas, alguien barre el autobús.
  Uno de los hombres se levanta y mira hacia los baños. El hombre de la chaqueta caqui dice algo sin levantar la vista, y él se vuelve a sentar.
  ¿Un capataz que no quiere perder a nadie antes del autobús? ¿O algo más? Usted no alcanza a oír lo que dijo.
  -> around
* [Mirar a la joven viajera de la banca del fondo # observe: far_bench # reveals: nothing]
  Una joven con mochila y computadora portátil habla por teléfono: no, mamá, la conexión es a las nueve, te mando un mensaje desde el autobús.
  -> around
* [Mirar el tablero de salidas # observe: departure_board # reveals: nothing]
  HARLAN · NOCTURNO · 7:55 · ANDÉN 4 · A TIEMPO. Abajo, dos autobuses locales y uno retrasado al aeropuerto.
  Quince minutos.
  -> around
* [Mirar el pasillo de los baños # observe: restrooms # reveals: nothing]
  Dos de la cuadrilla están junto al bebedero, platicando en español y riéndose de algo en un teléfono. Uno le rellena al otro una botella de plástico.
  -> around
+ [Seguir hacia el andén 4]
- -> bay_four

=== bay_four ===
# phase: talk
# show: royce:calm
# show: luis:guarded
# show: daniel:guarded
Usted pasa junto a las bancas del andén 4 al mismo paso con que pasa junto a todo.
El hombre de la chaqueta caqui le hace un gesto con la cabeza.
Buenas noches. # speaker: royce
El hombre a su lado tiene la mano derecha envuelta en una camiseta y apretada contra el pecho. Cuando ve su uniforme, mete la mano dentro de la chaqueta y mira al piso, y se queda así hasta que usted pasa. # indicator: transit.fear_of_uniforms
{
- variant == 2:
  Detrás de usted, el hombre de la chaqueta saca billetes de un rollo y se los da a un joven con una sudadera llena de polvo.
  Nueve de pollo. Pide el recibo. Todo va en el libro. # speaker: royce
  Nadie habla con nadie, Danny. # speaker: royce
  El joven camina al quiosco de bocadillos. Usted está parado junto al menú.
- else:
  Detrás de usted, el hombre de la chaqueta se levanta y camina al quiosco de bocadillos.
  Nadie habla con nadie. Yo traigo la comida. Todo va en el libro. # speaker: royce
  Usted se detiene debajo del tablero de salidas. Un minuto después, un joven con una sudadera llena de polvo está a su lado, leyéndolo.
}
Habla sin voltear la cabeza. # show: daniel:anxious
El de las siete cincuenta y cinco. ¿A dónde va de verdad? # speaker: daniel # indicator: transit.unsure_destination_or_contact
Nos dijo que a Cedar Falls. Ahí pizcamos el año pasado. El tablero dice Harlan. # speaker: daniel
+ [Leerle el tablero: "Harlan, andén 4, llega como a las seis de la mañana." # score: trust +1 # why: Una respuesta directa a una pregunta directa. Le da algo cierto y no le pide nada, aunque le deja a él dar el siguiente paso.]
  -> answered
+ ["A Harlan. ¿Alguien los va a recibir allá?" # score: trust +1 # score: observe +1 # why: Una respuesta cierta, y luego una pregunta ligera sobre lo que pasa al llegar. Pregunta por su viaje, no por su jefe, y él puede contestar o no.]
  -> asked_meeting
+ ["¿Por qué pregunta? ¿Lo está llevando a algún lugar a donde no quiere ir?" # critical: labelling_question # score: trust -2 # why: Una pregunta que nombra lo que usted sospecha le pide que acuse a su jefe ante un desconocido de uniforme, con su jefe a treinta pies. La respuesta segura es que no.]
  -> labelled
+ ["Pregúntele a su jefe. Él sabrá." # score: trust -1 # why: Lo manda de vuelta a la única persona a la que no le preguntó. Le preguntó a usted, en voz baja, y eso fue un riesgo para él.]
  -> sent_back

=== labelled ===
Se aparta medio paso. # show: daniel:anxious
No. No, es un trabajo. Solo quería saber. # speaker: daniel
-> royce_back

=== sent_back ===
Asiente como si esa fuera la respuesta que esperaba.
Sí. # speaker: daniel
-> royce_back

=== answered ===
A las seis de la mañana. # speaker: daniel
Lo repite en voz baja, como si tratara de memorizarlo.
-> ask_more

=== asked_meeting ===
No sé. Él sabe. Nos bajamos donde él se baja. # speaker: daniel
-> ask_more

=== ask_more ===
{variant == 2: En el quiosco, la empleada empieza a meter nueve cajas de pollo en bolsas.|En el quiosco, Royce cuenta billetes. Mira hacia las bancas, y luego a usted.}
+ ["¿Trae con usted su boleto y su identificación?" # resolves: transit.companion_holds_documents_ticket # score: observe +1 # score: safety -1 # why: Pregunta por el dato que importa, pero como si fuera una revisión. Puede sentirse inspeccionado, y su jefe puede ver que usted le pregunta algo.]
  -> own_id
+ [Darle un folleto de la terminal con el número de la línea de ayuda, y no decir nada más # score: choice +1 # score: safety -1 # why: Deja la decisión totalmente en sus manos, pero un folleto entregado a la vista de su jefe es algo que va a tener que explicar, y usted no sabe nada de si es libre.]
  -> leaflet
+ ["Si quisiera ir a otro lugar esta noche, ¿podría?" # resolves: transit.companion_holds_documents_ticket # score: trust +1 # score: observe +1 # score: safety +1 # why: Una sola pregunta sobre si es libre de irse, sobre él y no sobre su jefe. Es la pregunta que distingue un trabajo duro de una trampa, y a él le toca contestarla o no.]
  -> could_leave
+ ["¿Cuánto le descuenta de su pago, y desde cuándo pasa esto? Necesito saberlo todo." # critical: interrogate_victim # score: trust -2 # why: Las preguntas sobre lo que le están haciendo les tocan a personas capacitadas para hacerlas, a su ritmo. En una terminal de autobuses, con su jefe mirando, convierten un minuto de valentía en un interrogatorio.]
  -> pressed

=== could_leave ===
Casi se ríe.
¿Con qué? Él tiene mi licencia. Los papeles de todos, en la carpeta. # speaker: daniel # indicator: transit.companion_holds_documents_ticket
Dice que nos los devuelve cuando se pague la deuda. El autobús, el campamento, la comida. Todo va en su libro, y nunca baja. # speaker: daniel # indicator: transit.discreet_disclosure_to_staff
Yo nací en Bakersfield. No soy de ningún otro lado. Y aun así no me puedo subir a otro autobús. # speaker: daniel
-> royce_back

=== own_id ===
Niega con la cabeza.
Él los guarda. Dice que es más fácil. # speaker: daniel # indicator: transit.companion_holds_documents_ticket
-> royce_back

=== pressed ===
Mira hacia el quiosco, y luego a usted. # show: daniel:anxious
No sé. Me tengo que ir. # speaker: daniel
-> royce_back

=== leaflet ===
Lo dobla una vez y se lo mete en el bolsillo de atrás sin mirarlo.
-> royce_back

=== royce_back ===
# show: royce:impatient
{
- variant == 2:
  ¡Danny! La comida. Ya. # speaker: royce
  El hombre de la chaqueta caqui se levantó de la banca y ya va a medio camino al quiosco. Le quita a Daniel una de las bolsas y se para junto a usted.
- else:
  Royce regresa con dos bolsas de plástico con comida y se detiene junto a usted.
}
¿Algún problema, oficial? # speaker: royce
Daniel mira al piso. # show: daniel:guarded
{
- could_leave || own_id || asked_meeting:
  Ningún problema. Preguntaba por el baño. Vamos a la granja. Es buen trabajo. # speaker: daniel # indicator: transit.scripted_inconsistent_story
- else:
  Ningún problema. Preguntaba por el baño. # speaker: daniel
}
Estos muchachos no hablan con la gente. Vienen a trabajar. # speaker: royce # indicator: transit.not_allowed_to_speak_or_separate
Yo tengo sus boletos y sus papeles, para que nadie pierda nada de aquí al trabajo. Todo legal, cada uno. # speaker: royce # discuss: Royce regresó. ¿Qué ha visto, qué le falta saber, y qué es seguro hacer con él aquí parado?
+ ["Mucho viaje por un trabajo. ¿Para quién trabaja la cuadrilla?" # score: observe +1 # score: safety -1 # why: Es una pregunta justa, y se la podrían hacer a cualquier viajero, pero se la hace al que manda sobre su cuadrilla, y él nota el interés que hay detrás.]
  -> royce_bristles
+ ["El autobús va a tiempo. Andén 4." # score: safety +2 # why: Con el que manda ahí parado, una respuesta normal es lo más seguro que le puede dar a Daniel. Él ya le dijo lo que usted necesitaba para informar.]
  -> let_go
+ ["Daniel me preguntaba a dónde va de verdad el autobús. ¿Alguien los va a recibir en Harlan?" # critical: suspicion_in_front_of_controller # score: safety -2 # why: Le dice al que manda exactamente lo que Daniel le contó. Pase lo que le pase a Daniel en ese autobús, usted lo hizo más probable.]
  -> exposed
+ ["Esos pasaportes son de ellos, no suyos. Cada uno debería llevar el suyo." # critical: confront_controller # score: safety -2 # score: trust -1 # why: Enfrentarlo delante de la cuadrilla los pone en medio, y a Daniel lo vieron hablando con usted.]
  -> confronted

=== let_go ===
Royce lo mira un momento más, y luego asiente.
Vámonos, Danny. # speaker: royce
Vuelven a las bancas. Royce reparte la comida. # hide: daniel
-> act

=== royce_bristles ===
La cara de Royce se endurece.
¿Por qué? ¿Es de inmigración? # speaker: royce # show: royce:impatient
¿No? Entonces no es asunto suyo para quién trabajan. Tienen contratos. Si quiere ver un contrato, llame a mi abogado. # speaker: royce
Danny. A la banca. # speaker: royce
Daniel se va sin mirarlo. # hide: daniel
-> act

=== confronted ===
Royce suelta una risa.
¿Es policía? ¿Inmigración? ¿No? Entonces no se meta. # speaker: royce # show: royce:impatient
Camina a la banca, toma la carpeta y la guarda dentro de su chaqueta con el cierre subido.
Maletas, muchachos. Vamos a salir al andén. Ya. # speaker: royce
La cuadrilla se levanta toda junta. Daniel no lo mira. # hide: daniel
-> act

=== exposed ===
Royce le sonríe a Daniel, no a usted.
Danny se confunde. Fue un día largo. # speaker: royce
Le deja la mano en el hombro a Daniel todo el camino de vuelta a la banca. # hide: daniel
-> act

=== act ===
# phase: act
# requires: hotline
# show: june:calm
Usted vuelve a la ventanilla 2. June pone el botiquín sobre el mostrador sin que nadie se lo pida.
{confronted: Afuera, en el andén 4, la cuadrilla está en fila junto a la puerta del autobús, con Royce al final.|En las bancas del andén 4, la cuadrilla come con la cabeza agachada. El hombre de la mano herida come con la izquierda.}
Doce minutos. # speaker: june # discuss: El autobús sale en doce minutos. ¿Qué es lo más importante antes de que se vaya, y qué puede esperar?
+ [Llevar el botiquín al andén 4 ahora. El radio puede esperar hasta que se vaya el autobús. # score: safety +1 # score: trust +1 # score: report -1 # why: La herida es real y ayudar ahora importa, pero una vez que el autobús se va, es mucho más difícil que alguien encuentre el autobús y a la gente que va en él.]
  -> first_aid
+ [Ir, tomar la carpeta y devolverle a cada hombre su pasaporte y su licencia # critical: take_documents # score: safety -2 # myth: myth.security_rescues # why: Se siente como hacer justicia, pero sacar los papeles del control de alguien no le toca a seguridad. Empieza un pleito con Royce delante de la cuadrilla, y de todos modos suben al autobús con él.]
  -> took_folder
+ [Llamar primero por radio a {escalation_first}: el autobús, la hora, la carpeta de papeles, lo que dijo Daniel. Luego la mano. # score: report +2 # score: collaboration +1 # action: hotline # why: El informe es lo que todavía puede seguir a la cuadrilla después de que salga el autobús, y toma un minuto. La mano espera un minuto más, no toda la noche.]
  -> radio_first
+ [Llamar a la policía para que detenga el autobús y revise los papeles de todos # score: choice -2 # score: safety -1 # action: police # why: Son personas adultas sin peligro inmediato que no han pedido nada. Una revisión de papeles por la policía es justo lo que Royce les dice que deben temer, y pasa delante de él.]
  -> police_called
+ [Anotarlo en el registro: una cuadrilla legal con un contratista # score: report -2 # score: observe -1 # action: log # myth: myth.only_foreigners # why: Un contrato y unas visas hacen legal el trabajo, no la forma en que se retiene a la cuadrilla. Una anotación en el registro, sin más, significa que nadie que pudiera seguir el autobús se va a enterar.]
  -> logged

=== radio_first ===
Usted se pone detrás de la mampara y usa el radio. Nueve trabajadores y un jefe de cuadrilla, el de las siete cincuenta y cinco a Harlan, andén 4, número de autobús en el tablero. El jefe tiene todos los pasaportes y licencias en una carpeta transparente. Un trabajador, adulto, dijo que le devuelven los suyos cuando se pague una deuda, y le preguntó a usted a dónde va de verdad el autobús. Otro tiene una herida en la mano sin atender.
La voz del radio lo repite y dice que la remisión a {hotline_name} va a salir con los datos del autobús y la hora de llegada, mientras el autobús siga en camino.
-> first_aid

=== first_aid ===
Usted toma el botiquín de June y camina al andén 4, como lo haría por cualquier persona.
Hay primeros auxilios en la ventanilla 2, si alguien quiere que le revisen esa mano antes del autobús. # speaker: officer
{
- confronted || royce_bristles || exposed || variant == 2:
  -> refused
- else:
  -> allowed
}

=== allowed ===
# show: royce:impatient
Royce mira el reloj.
Rápido. Luis. Ve. # speaker: royce
Luis lo sigue a la ventanilla. Royce se queda en la banca, desde donde ve la ventanilla, pero no el mostrador.
June le quita la camiseta. La cortada le atraviesa la palma. Los bordes están rojos, la mano está hinchada hasta la muñeca, y está caliente.
La lava con solución salina y la cubre. Esto necesita un médico, no una venda, y pronto. # speaker: june
Luis mira las manos de June, no su cara. Habla despacio, escogiendo con cuidado sus palabras en inglés. # show: luis:guarded
El jefe dice que la clínica cuesta. Sale del pago. # speaker: luis
En un hospital piden papeles. Él dice que entonces viene inmigración, y me mandan de vuelta, y mi familia le sigue debiendo al hombre que me consiguió el trabajo. # speaker: luis
Lo dice sin emoción, como quien lee el pronóstico del tiempo. # discuss: Luis le contó más de lo que quería, con voz apagada, con Royce mirando. ¿Qué necesita de usted en el próximo minuto?
+ [Llamar a Daniel desde la banca, para que le explique a Luis sus opciones en español # critical: companion_as_interpreter # score: safety -2 # why: Daniel es de la misma cuadrilla, bajo el mismo hombre, y Royce está mirando. No puede ser un intérprete neutral, y ahora a dos de ellos los vieron hablando con usted.]
  -> interpreted
+ ["Nadie lo va a deportar por revisarse una mano. Yo me encargo de eso." # critical: promise_cannot_keep # score: trust -2 # why: Usted no puede hacer que esa promesa se cumpla. Si sale mal, él aprende que quienes ayudan dicen cosas que no pueden respaldar.]
  -> promised
+ ["Quédese aquí con nosotros esta noche. No se suba a ese autobús. Lo demás lo resolvemos." # score: choice -2 # score: safety -1 # myth: myth.security_rescues # why: Decide por él, en ocho minutos, sin ningún plan de dónde va a dormir ni de qué hará Royce después. No le toca a usted decidirlo, y él no puede decir que sí sin riesgo.]
  -> stay_offer
+ ["Vaya a una clínica en Harlan para que se la vean. El número de atrás es suyo, para cuando lo necesite." # score: choice +2 # score: trust +1 # why: Atención que puede usar, una forma de pedir ayuda si lo decide, y sin plazo. Lo que pase después sigue siendo decisión suya.]
  -> card_given

=== card_given ===
June escribe {hotline_phone} al reverso de un folleto sobre cuidado de heridas. Parece parte de las instrucciones de la venda.
Es {hotline_name}.{hotline_languages: Pueden ayudarle en {hotline_languages}.}{hotline_not_police: No son la policía.} # speaker: officer
Luis dobla el folleto y lo guarda en su cartera, detrás de una foto de dos niños.
Gracias por la mano. # speaker: luis
Vuelve a la banca. # hide: luis
-> departure

=== promised ===
La cara de Luis se queda inmóvil.
Usted no sabe eso. # speaker: luis
Retira la mano antes de que June termine de ponerle la cinta. # hide: luis
-> departure

=== interpreted ===
Daniel se acerca, mira a Royce y le dice algo corto a Luis.
Luis niega con la cabeza. Dice que está bien. Que se cayó en la granja. # speaker: daniel
Royce se levanta de la banca. Los dos vuelven a ella. # hide: luis
-> departure

=== stay_offer ===
Luis mira la banca, y luego el autobús.
¿Y luego qué? Él tiene mi pasaporte. Mi visa es con este trabajo. # speaker: luis
Vuelve a la banca antes de que June termine. # hide: luis
-> departure

=== refused ===
# show: royce:impatient
Royce no se levanta.
Está bien. Tenemos botiquín en el campamento. Siéntate, Luis. # speaker: royce
Luis, que se había medio levantado, se sienta.
+ [Darle a Luis un paquete de gasas con el folleto de la línea de ayuda doblado adentro # score: trust +1 # score: safety -2 # why: Tal vez le llegue, pero Royce está mirando, y un folleto encontrado en esas gasas es algo por lo que Luis tendrá que responder.]
  -> slipped
+ ["Está bien. El botiquín está en la ventanilla 2 si alguien lo quiere antes del autobús." Volver con June # score: safety +2 # why: Royce dijo que no. Detenerse evita que Luis tenga problemas por el ofrecimiento, y lo que ahora puede ayudarlo es el informe, no una palabra en privado.]
  -> stopped
+ ["Es política de la terminal. Toda herida se revisa antes de abordar." # critical: suspicion_in_front_of_controller # score: safety -2 # why: Inventar una regla después de un no le muestra a Royce que usted quiere a Luis a solas. Él lo va a saber, y Luis lo va a sentir después.]
  -> pushed
+ ["Si eso se infecta, es su responsabilidad." # score: safety -1 # score: trust -1 # why: Es cierto, y no cambia nada: le dice a Royce que usted vigila a su cuadrilla, y Luis sigue sin poder ir.]
  -> warned

=== stopped ===
Usted lleva el botiquín de vuelta a la ventanilla 2. Detrás de usted, Luis vuelve a comer con la mano izquierda.
-> departure

=== pushed ===
Royce se levanta.
No existe esa política. Si nos quiere retener, traiga a un policía. Vamos a abordar. # speaker: royce
Lleva a la cuadrilla a la puerta del autobús antes de tiempo. Luis va con ellos, con la mano dentro de la chaqueta.
-> departure

=== slipped ===
Luis toma las gasas. Royce extiende la mano para que se las dé, y Luis se las da.
Usted no ve qué hace Royce con el folleto.
-> departure

=== warned ===
Royce se encoge de hombros.
Anotado, oficial. # speaker: royce
-> departure

=== departure ===
# hide: royce
# hide: luis
# hide: daniel
Se abren las puertas del andén 4. El chofer escanea nueve boletos de la carpeta de Royce, y la cuadrilla sube. # sound: door_slide
{
- radio_first:
  -> referred
- else:
  -> radio_late
}

=== radio_late ===
El autobús sale del andén 4 a las siete cincuenta y seis.
+ [Llamar por radio a {escalation_first} ahora, con todo lo que vio y oyó # action: hotline]
  -> referred_late

=== referred ===
A las siete cincuenta y seis sale el autobús, y todavía va en camino a Harlan cuando {escalation_first} le devuelve la llamada para decirle que la remisión ya se hizo.
# ending: referred; El centro de control lo supo antes de que saliera el autobús
-> file_report(-> epilogue)

=== referred_late ===
Usted le cuenta a {escalation_first} lo que vio y oyó. Le piden el número del autobús. Usted lo lee en el tablero, donde ya cambió a la siguiente salida.
Van a hacer la remisión a {hotline_name}, y le dicen que habría ayudado tenerla cuando el autobús todavía estaba en el andén.
# ending: referred_late; El centro de control se enteró cuando el autobús ya se había ido
-> file_report(-> epilogue)

=== police_called ===
Dos agentes de policía llegan a las siete cincuenta y dos y caminan al andén 4.
Royce los recibe a medio camino con la carpeta abierta: contratos, visas, boletos, una tarjeta de la empresa. Está tranquilo y dispuesto a ayudar.
Le preguntan a la cuadrilla, delante de él, si alguien tiene algún problema. Nadie tiene. Luis mantiene la mano dentro de la chaqueta. # show: royce:calm
El autobús sale veinte minutos tarde, con los nueve a bordo. # hide: royce # hide: luis # hide: daniel
# ending: police_override; La policía revisó a la cuadrilla delante de Royce, y el autobús salió tarde
-> file_report(-> epilogue)

=== took_folder ===
# show: royce:impatient
Usted camina a la banca y toma la carpeta.
Royce se pone de pie de inmediato.
Eso es robo. Son mis papeles. ¿Quiere a la policía aquí? Yo la llamo. # speaker: royce
La cuadrilla mira al piso. Nadie estira la mano hacia un pasaporte. Royce le quita la carpeta de las manos, y usted lo deja.
Lleva a la cuadrilla a la puerta del autobús antes de tiempo. # hide: royce # hide: luis # hide: daniel
# ending: folder_taken; La carpeta volvió a Royce, y la cuadrilla abordó
-> file_report(-> epilogue)

=== logged ===
Usted escribe dos líneas en el registro del turno. A las siete cincuenta y seis el autobús sale del andén 4. # hide: royce # hide: luis # hide: daniel
# ending: logged; Quedó en el registro
-> file_report(-> epilogue)

=== epilogue ===
{
- report_action == "emergency":
  Su informe va a la policía como emergencia, aunque nadie corría peligro inmediato.
- report_action == "police":
  Su informe va a la policía. Nadie de la cuadrilla la pidió.{allowed: Luis le contó lo que teme de una revisión de papeles.}
- report_action == "hotline":
  Su informe va a {escalation_first}, y de ahí a {hotline_name}, con el autobús, la ruta y la hora de llegada. Lo que pase en Harlan, probablemente nunca lo sepa.
- report_action == "supervisor":
  Su informe va a {escalation_first}, que pregunta por qué se quedó ahí. Papeles retenidos por una deuda, y un trabajador que preguntó a dónde iba el autobús: las órdenes de puesto dicen remisión a la línea de ayuda.
- report_action == "log":
  Su informe va al registro del turno. Nadie fuera de la terminal lo lee.
- else:
  Nada de esta noche queda en el registro.
}
June guarda el botiquín debajo del mostrador.
{
- allowed:
  Por lo menos la mano está limpia. Alguien en Harlan tiene que verla. # speaker: june
- else:
  Esa mano se va a Harlan igual que llegó. # speaker: june
}
Su turno termina a medianoche.
-> END
