// translation-of: sha256:7434054fc5b3faae
# grammar: 1
# id: hotel.housekeeping_check
# title: Turno de día: la revisión del cuarto piso
# setting: hotel
# summary: Una habitación del cuarto piso lleva tres días con el letrero de No molestar. Usted va con la supervisora de limpieza a revisarla, y conoce al equipo de limpieza externo que la usa.
# minutes: 10
# situation: labour_trafficking
# minor: no
# variants: 2
# content_note: Esta historia trata del posible trabajo forzoso de trabajadoras de limpieza adultas, con deudas, jornadas muy largas y una jefa de equipo que se queda con su sueldo y sus tarjetas del banco. Una trabajadora tiene una muñeca lastimada y vendada. No se muestra violencia. Puede tomar una pausa en cualquier momento.
# focus: Un equipo de limpieza externo, una jefa de equipo que nunca se aleja y una adulta que le pide que no haga nada
# character: grace; Grace; La supervisora de limpieza del hotel, de unos cincuenta años, con túnica azul marino y un gafete colgado. Hoy es su compañera.
# character: renata; Renata; La jefa de equipo de una compañía de limpieza externa, de unos cuarenta años, con una chamarra polar color verde azulado de la compañía y dos teléfonos en un clip en el cinturón.
# character: sefa; Sefa; Camarista contratada, de unos treinta años, con túnica lila de manga larga. Habla muy poco inglés.
# character: ines; Ines; Camarista contratada, de unos veinte años, con la misma túnica lila. Creció a dos pueblos de aquí.
# distractor: not.speaks_other_language
# distractor: not.accent
# distractor: not.cheap_clothes
# teaches: myth.traffickers_men
# teaches: myth.only_sex
# teaches: myth.would_ask_for_help
# teaches: myth.locked_up
# teaches: myth.only_foreigners

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

-> start

=== start ===
# phase: briefing
# bg: hotel_corridor_day
# ambience: hotel_corridor
# show: grace:calm
Son las 10:40 de un martes en la mañana. Usted está en el turno de día para {org_name} en el Mill Street Hotel.
Grace, la supervisora de limpieza, le pidió que subiera al cuarto piso.
Se abre el elevador de servicio, y ella ya está esperando con su tablilla. # sound: lift_chime
Gracias por venir. Necesito a otra persona para una revisión de bienestar. # speaker: grace
Habitación 414. Lleva tres días con el letrero de No molestar. # speaker: grace
Regla del hotel: después de tres días, limpieza entra, con seguridad presente. # speaker: grace
Baja la voz.
Ahora el cuarto y el quinto piso los limpia una compañía externa. Brightstar Cleaning. # speaker: grace
Su jefa de equipo es Renata. Controla mucho a las camaristas. # speaker: grace
Algunas vienen de otro país. Otras son muchachas de aquí que encontraron el trabajo en una aplicación. # speaker: grace
{variant == 2: Conmigo es puras sonrisas. Pero su equipo se queda callado cuando ella entra.|Casi no me habla. Su equipo nunca se toma un descanso.} # speaker: grace
* ["Usamos la llave maestra y entramos directo. Es más rápido." # score: safety -1 # score: trust -1 # why: Entrar sin tocar puede asustar a cualquiera que esté adentro y convierte una revisión de bienestar en una redada. Toque, diga quién es y dé un momento a la gente.]
  Primero tocamos y decimos quiénes somos. Siempre. # speaker: grace # show: grace:guarded
  Puede haber gente dormida, o enferma, o con miedo. # speaker: grace
* ["La revisión es suya, Grace. Usted toca y yo me quedo atrás." # score: collaboration +1 # score: safety +1 # why: Una revisión de bienestar dirigida por limpieza, con palabras claras en la puerta, es rutina. Mantiene la calma para quien esté adentro y muestra que no se está señalando a nadie.]
  Bien. Así lo hacemos siempre. # speaker: grace # show: grace:relieved
* ["¿Un equipo dirigido por una mujer? Es solo una jefa estricta. No es asunto nuestro." # score: observe -1 # myth: myth.traffickers_men # why: Las mujeres también pueden controlar y explotar a trabajadores, y el trabajo forzoso ocurre dentro de negocios comunes. Mantenga la mente abierta y fíjese en lo que hace la gente.]
  Puede ser. # speaker: grace # show: grace:guarded
  Pero llevo veinte años a cargo de limpieza aquí. Algo de este equipo no me gusta. # speaker: grace
- Voy por toallas limpias. Nos vemos en la 414 en cinco minutos. # speaker: grace # requires: log
Ella se va. Usted recorre el piso primero. # hide: grace
-> lift_lobby

=== lift_lobby ===
# phase: observe
El pasillo está iluminado y tranquilo. Detrás de alguna puerta suena una aspiradora.
Junto al elevador de servicio tiene tiempo para mirar bien una cosa antes de seguir.
* [Leer la hoja de registro junto al elevador de servicio # observe: service_lift # reveals: hotel.staff_contractor_exploitation]
  Es la hoja de Brightstar, no la del hotel. Seis nombres.
  Todos los días durante dos semanas, las seis firmaron la entrada a las 6:02 de la mañana. Las seis firmaron la salida a las 10:10 de la noche.
  Todas las líneas tienen la misma letra. Una nota arriba dice: "R. firma por el equipo."
  Dieciséis horas al día, sin un día libre, escritas por una sola mano.
* [Mirar por la puerta abierta del cuarto de blancos # observe: linen_room # reveals: nothing]
  Estantes con sábanas y toallas dobladas. Un radio chico suena bajito.
  Marco, de la lavandería del hotel, está reponiendo fundas y tarareando. Lo saluda con la mano.
  Huele a algodón limpio.
- -> cart_stop

=== cart_stop ===
A la mitad del pasillo hay un carrito de limpieza frente a la puerta abierta de la 410.
Adentro, alguien tiende una cama muy rápido. Usted baja el paso para mirar una cosa.
* [Mirar el carrito de limpieza # observe: housekeeping_cart # reveals: nothing # ambiguous: hotel.staff_contractor_exploitation]
  Toallas, atomizadores y una bolsa de basura. Detrás de los atomizadores: medio pan envuelto en una servilleta, y una nota a lápiz.
  La nota es una columna de números, 40, 40, 40, cada uno tachado, y un número más grande abajo que va bajando.
  Tal vez el almuerzo de alguien y una cuenta de habitaciones. O tal vez otra cosa. Un carrito no le dice de quién es.
* [Leer el informe en la tablilla del carrito # observe: room_sheet # reveals: hotel.guest_withholds_id_details]
  Es el informe de habitaciones del hotel, impreso esta mañana.
  Junto a la 414 dice: "Reservada por Brightstar Cleaning. Tarifa de personal. Huéspedes: 4. Nombres: no se dieron."
  No hay domicilio ni carro en la reserva. Nadie ha mostrado una identificación.
  Alguien escribió "volver a preguntar" en pluma, y lo tachó.
* [Echar un vistazo a la bandeja afuera de la 412 # observe: room_tray # reveals: nothing]
  Dos platos, dos tazas y un periódico doblado, dejados para que los recojan.
  Una nota en la bandeja dice: "¡Gracias! Muy ricos los huevos."
  Un desayuno tarde para dos.
- -> end_stop

=== end_stop ===
Usted llega al final del pasillo. Entra el sol por la ventana alta.
Grace llega a su lado, con un montón de toallas limpias en la cadera. Hay tiempo para mirar una última cosa. # show: grace:calm
* [Mirar por la ventana hacia el patio de servicio # observe: end_window # reveals: hotel.staff_contractor_exploitation]
  Cuatro pisos abajo, una camioneta blanca espera junto a la entrada del personal. {variant == 2: Tiene los vidrios laterales polarizados.|No tiene el nombre de ninguna compañía en el costado.}
  Esa es de ellas. Las trae a las seis y se las lleva a las diez de la noche. # speaker: grace
  A la hora del almuerzo se lleva a dos o tres, y trae a otras. No están en nuestra lista de personal. # speaker: grace
  El chofer nunca se baja.
* [Mirar la puerta de la 414 # observe: dnd_door # reveals: hotel.dnd_refuses_service]
  El letrero de No molestar cuelga de la manija. Al pie de la puerta hay una pila ordenada de toallas usadas.
  Cada mañana sale esa pila, y alguien recibe las toallas limpias en la puerta. # speaker: grace
  Pero nadie nos deja entrar a limpiar. # speaker: grace
- Grace y usted regresan a la puerta de la 414.
-> knock

=== knock ===
# phase: talk
Grace toca tres veces.
Limpieza y seguridad. Revisión de bienestar. # speaker: grace
Una pausa. Voces bajas. Luego la puerta se abre apenas un palmo. # show: renata:guarded # requires: supervisor
Se asoma una mujer con una chamarra polar verde azulado de la compañía. Le cuelgan dos teléfonos de un clip en el cinturón. # discuss: ¿Quién abre la puerta, quién tiene los teléfonos y quién se queda callada? ¿Qué le gustaría saber todavía?
{variant == 2: ¡Ay, hola, Grace! Somos nosotras nada más. Es nuestro cuarto de descanso. La compañía lo reserva.|Es nuestro cuarto de descanso. La compañía lo reserva.} # speaker: renata
{variant == 2: Las muchachas están tomando un descansito. No hay nada que revisar, de verdad.|Estamos en descanso. No necesitan entrar.} # speaker: renata
* ["Grace, hay que pedir que suba el gerente de turno antes de entrar." # score: collaboration +1 # score: safety -1 # why: La autoridad de un gerente puede ayudar con una contratista, pero la espera le da tiempo a quien esté adentro para arreglar el cuarto y mover a la gente. Las palabras de rutina casi siempre funcionan de inmediato.]
  Grace suspira y llama por radio al gerente de turno. Renata cierra la puerta mientras esperan.
  Del otro lado: voces bajas, un cierre, una llamada. Diez minutos después llega el gerente, y Grace vuelve a tocar.
  -> inside
* ["¿A quién tiene ahí adentro? ¿Tiene a gente encerrada en ese cuarto?" # critical: confront_controller # score: safety -2 # why: Acusar a la jefa de equipo la pone sobre aviso, y las trabajadoras pueden pagarlo después. Use las palabras de rutina de una revisión de bienestar, y luego informe lo que vea.]
  -> confronted
* ["Es de rutina. A todas las habitaciones se les hace después de tres días." # score: safety +2 # why: Decir que es de rutina, igual para todas las habitaciones, le permite ver que la gente está a salvo sin acusar a nadie. Nadie adentro queda en riesgo.]
  -> inside
* [Decir "No hay problema, disculpe la molestia" y alejarse # score: observe -1 # score: safety -1 # why: Una revisión de bienestar existe para que alguien se asegure de que las personas adentro están a salvo. Las palabras de rutina, dichas con calma, casi siempre le abren la puerta, y si no, eso vale la pena informarlo.]
  -> walked_away

=== inside ===
Renata mira las toallas, luego su uniforme. Abre la puerta. # show: renata:calm
{variant == 2: Claro, claro. Pasen. Perdonen el desorden, aquí somos como una familia.|Está bien. Rápido. Después les toca el quinto piso.} # speaker: renata
Las cortinas están cerradas. Cuatro colchones delgados cubren el piso entre las dos camas.
Junto a la pared hay ropa guardada en bolsas de plástico del súper. No hay maletas. # indicator: hotel.few_possessions_long_stay
En el escritorio: una fila de teléfonos baratos, un montón de tarjetas del banco con una liga, y un sobre con efectivo con nombres escritos al costado. # indicator: hotel.paraphernalia_cash_devices
Los gafetes de personal y las tarjetas de las habitaciones de las camaristas están amontonados junto a la bolsa de Renata. # indicator: hotel.companion_holds_id_money_keys
Dos camaristas con túnica lila están sentadas en un colchón, compartiendo pan de una bolsa. # show: sefa:anxious # show: ines:guarded
La mayor tiene la muñeca derecha en el regazo. Está envuelta en una venda sucia. # indicator: hotel.guest_injured_deprived
{variant == 2: Tiene la cara gris de cansancio.|Se le cierran los ojos, y los vuelve a abrir de golpe.}
Renata da una palmada. # show: renata:impatient # requires: supervisor
Sefa. Ines. Se acabó el descanso. Quinto piso. # speaker: renata
Sefa se levanta despacio, sosteniéndose la muñeca. Grace cruza la mirada con usted.
* [Hacerle una seña a Grace. "¿Ya hizo todo este equipo la firma de seguridad de productos químicos con usted?" # score: safety +1 # score: collaboration +1 # why: Un trámite de rutina que hacen todas las camaristas podría darle a Sefa un momento a solas, y Grace está a cargo de él. Pero se pide delante de Renata, y si ella dice que no, tiene que dejarlo.]
  -> pretext
* [Voltear hacia Sefa. "¿Ella la hace trabajar así? Me lo puede decir." # critical: suspicion_in_front_of_controller # score: safety -2 # score: trust -1 # why: Sefa no puede contestar con libertad delante de la mujer que controla su trabajo y su sueldo, y ahora Renata sabe que usted sospecha de ella. Espere un momento privado y de rutina.]
  -> asked_in_front
* [Dejar que Grace cambie las toallas, dar las gracias y salir. Informar desde el pasillo. # score: safety +2 # score: document +1 # why: Con la jefa de equipo en el cuarto, no intervenir e informar es la opción segura. Sefa no tiene hoy un momento a solas, pero nadie queda sobre aviso.]
  -> let_go

=== pretext ===
Sefa e Ines todavía no. Lo hago con cada camarista que trabaja en nuestros pisos, una por una. # speaker: grace
Primero Sefa, luego Ines. Diez minutos cada una, en el cuarto de blancos. # speaker: grace
Renata mira sus teléfonos y luego su reloj.
{variant == 2: ¡Diez minutos! Está bien. Pero Sefa casi no habla inglés, pobrecita. Yo voy a traducir.|Diez minutos. Sefa no habla inglés. Yo traduzco.} # speaker: renata
Ines también se levanta. # show: ines:calm
Yo puedo ayudar. Hablo inglés. Somos del mismo pueblo. # speaker: ines
* ["Empecemos con Ines, en inglés, y pedimos un intérprete para Sefa en la tarde." # score: culture +1 # score: safety -1 # why: Nadie traduce por Sefa, y eso está bien, pero su turno se pasa a una hora que Renata ya conoce y para la que puede prepararse. La línea telefónica funciona hoy.]
  Grace asiente y lleva primero a Ines al cuarto de blancos. Ines contesta todo con alegría y firma.
  Cuando le toca a Sefa, Renata ya regresó del quinto piso y da golpecitos a su reloj.
  -> interpreter
* ["Está bien, Renata. Venga usted a traducirle." # critical: companion_as_interpreter # score: culture -2 # why: Si la jefa de equipo traduce, cada palabra pasa por la persona que controla el trabajo y el sueldo de Sefa. Use una línea de intérpretes profesionales.]
  -> renata_translates
* ["Gracias a las dos. Para este formulario usamos el intérprete por teléfono." # score: culture +2 # score: safety +1 # why: Un intérprete profesional que no conoce a nadie aquí deja que Sefa hable por sí misma. Su jefa de equipo, o una compañera, oiría todo lo que dice.]
  -> interpreter
* ["Ines, usted traduce. Muy amable." # score: culture -2 # score: safety -1 # critical: companion_as_interpreter # why: Ines trabaja bajo la misma jefa de equipo y puede estar bajo la misma presión, así que lo que diga Sefa podría llegarle a Renata. Un intérprete profesional y neutral lo mantiene en privado.]
  -> ines_translates

=== renata_busy ===
Renata no se va a ningún lado. Espera junto al elevador de servicio con sus teléfonos, desde donde ve la puerta del cuarto de blancos. # show: renata:guarded
Ines regresa a la 414 a esperar su turno. # hide: ines
->->

=== interpreter ===
Como quiera. # speaker: renata
-> renata_busy ->
En el cuarto de blancos, Grace le muestra a Sefa una tarjeta que dice "Hablo..." en cuarenta idiomas. Sefa señala una línea.
Grace marca a la línea de intérpretes del hotel y pone el teléfono en altavoz, con el volumen bajo.
Una voz tranquila saluda a Sefa en su propio idioma. Los hombros de Sefa se relajan un poco. # show: sefa:guarded
Sefa se sienta en un banco junto a los estantes, de espaldas a la puerta. Usted se queda a un lado, para que la entrada quede libre. # requires: hotline
* ["¿Es usted víctima de trata de personas? Nos lo puede decir." # critical: labelling_question # score: trust -2 # myth: myth.ask_directly # why: La mayoría de las personas en su situación dirían que no a esa palabra, y puede sonar como una acusación. Funcionan mejor las preguntas abiertas sobre su trabajo y una oferta discreta de ayuda.]
  -> talk_label
* [No decir nada y dejar que Grace empiece el formulario # score: safety +1 # why: Mantenerlo como rutina protege a Sefa, pero ella no sabe por qué está seguridad en el cuarto, ni que puede saltarse preguntas, así que es menos probable que diga algo.]
  -> talk_open
* ["Grace hace el formulario. Usted puede saltarse cualquier pregunta, también las mías." # resolves: hotel.staff_contractor_exploitation # score: trust +2 # score: safety +1 # why: Decir claramente por qué está ahí, y que ella puede saltarse cualquier cosa, le da a Sefa el control de la conversación sin que parezca una investigación.]
  -> talk_open
* ["Nada de lo que diga va a salir de este cuarto. Ni policía, ni inmigración. Se lo prometo." # critical: promise_cannot_keep # score: trust -2 # why: Usted tendrá que informar lo que vio, y no puede controlar lo que hagan otros. Diga con honestidad lo que puede y no puede hacer.]
  -> talk_promise
* ["Si no nos dice qué está pasando, podría perder su permiso para trabajar aquí." # critical: threaten_arrest_or_immigration # score: safety -2 # score: trust -2 # why: Quienes controlan a trabajadores usan muchas veces esta misma amenaza. La deja menos segura y con menos confianza en cualquiera. Dígale que no está en problemas.]
  -> talk_threat

=== talk_open ===
El intérprete se lo transmite. Sefa mira la puerta y asiente.
Grace repasa primero la hoja de seguridad, como prometió. Guantes. El atomizador rojo. El atomizador azul. Sefa firma.
Luego usted hace una pregunta abierta: ¿cómo le va en el trabajo aquí?
Difícil. Muchas habitaciones. # speaker: sefa
Mira la puerta. Por un rato no dice nada.
Renata tiene las tarjetas del banco. Por la deuda. # speaker: sefa # indicator: hotel.staff_contractor_exploitation
Por medio del intérprete, dice que la nota a lápiz del carrito es suya. Cada día se le descuentan cuarenta de lo que debe. El pan es de la bandeja de un huésped.
{variant == 2: Se toca la venda. En la casa, dice. Luego: no, un colchón, en el trabajo. No está segura de qué es mejor decir.|Se toca la venda. Le duele cuando carga cosas. No ha visto a un médico.}
Se sienta derecha. # show: sefa:anxious
Si causo problemas, me mandan a mi país. Y mi familia sigue debiendo. # speaker: sefa
Por favor. No le diga a Renata que hablé. # speaker: sefa
-> offer

=== talk_label ===
El intérprete duda antes de preguntarlo. Sefa se queda muy quieta. # show: sefa:anxious
No. No. Yo limpio habitaciones. Nada más. # speaker: sefa
¿Ya me puedo ir? Renata me está esperando. # speaker: sefa
Grace firma la hoja de seguridad y la deja ir.
-> declined_out

=== talk_promise ===
El intérprete le transmite su promesa. Sefa se le queda mirando un largo rato.
Renata también hizo promesas. # speaker: sefa
Firma la hoja de seguridad y no dice nada más. Usted tendrá que escribir sobre lo de hoy, así que su promesa ya está rota.
-> declined_out

=== talk_threat ===
El intérprete duda, y luego se lo transmite.
La cara de Sefa se cierra. Se pone de pie. # show: sefa:anxious
¿Perder mi trabajo? Por favor, no. Yo no hice nada malo. # speaker: sefa
Sale del cuarto de blancos y va directo con Renata al elevador de servicio. # hide: sefa
-> crew_moved

=== renata_translates ===
Renata sigue a Sefa al cuarto de blancos y se para junto a su hombro. # show: renata:calm
Grace lee la primera pregunta. Renata le habla a Sefa en voz baja, por mucho rato.
Sefa contesta con una palabra.
{variant == 2: Dice que le encanta estar aquí. Lo de la muñeca fue jugando voleibol, la tontita.|Dice que todo está bien. Lo de la muñeca es una lesión vieja.} # speaker: renata
Renata señala con el dedo donde Sefa tiene que firmar. Sefa firma sin levantar la vista.
-> went_back

=== ines_translates ===
-> renata_busy_alone ->
En el cuarto de blancos, Ines y Sefa hablan en voz baja en su idioma.
Las respuestas de Ines llegan cortas y alegres.
Dice que todo está bien. Buen sueldo, buena jefa. # speaker: ines
Sefa no levanta la vista del piso. Entonces se oye la voz de Renata en el pasillo, llamándolas por su nombre. Ines se pone pálida. # show: ines:anxious
Es Renata. Nos tenemos que ir. # speaker: ines
Salen juntas. # hide: ines
-> declined_out

=== renata_busy_alone ===
Renata espera junto al elevador de servicio, desde donde ve la puerta del cuarto de blancos. # show: renata:guarded
Ines sigue a Sefa al cuarto de blancos. # show: ines:guarded
->->

=== asked_in_front ===
Sefa voltea a ver a Renata de inmediato.
No. No hay problema. # speaker: sefa
{variant == 2: Renata se ríe y le aprieta el hombro a Sefa.|La cara de Renata no se mueve.} # show: renata:impatient
{variant == 2: Le encanta estar aquí. ¿Verdad, Sefa?|Está bien. Estamos ocupadas.} # speaker: renata
Bueno. Todas, al quinto piso. Ya. # speaker: renata
-> crew_moved

=== confronted ===
La cara de Renata se vuelve cortés y sin expresión. # show: renata:impatient
¿Encerradas? Están en su descanso. ¿Quiere ver sus contratos? # speaker: renata
Cierra la puerta. Usted la oye en el teléfono, hablando rápido.
-> crew_moved

=== offer ===
# phase: act
Grace mira su reloj. Renata va a querer a Sefa de vuelta en el quinto piso pronto.
Sefa le ha dicho lo suficiente para preocuparlo. También le ha pedido que no haga nada. # discuss: Es una adulta y le pidió que no hiciera nada. ¿Qué le puede ofrecer todavía, y qué tiene que anotar y pasar de todos modos?
* ["El número del cartel en el baño del personal es para personas en su situación. Ahí está cuando lo quiera." # score: peer_support +1 # score: choice +1 # why: La orienta hacia la ayuda sin darle nada que Renata pueda encontrar. Pero tal vez no sabe cuál cartel es, o no puede leerlo, y no se le pone nada en la mano.]
  -> poster_only
* ["Usted se viene con nosotros ahora. Hoy mismo la alejamos de Renata." # critical: detain_or_rescue # score: safety -2 # score: choice -2 # myth: myth.security_rescues # why: Llevársela según su plan podría costarle el trabajo del que depende su familia y ponerla en riesgo cuando Renata se entere. Ofrézcale una ayuda que pueda usar cuando ella decida.]
  -> rescue_try
* ["Está bien. Es su decisión. Grace tiene un número que usted puede guardar." # score: choice +2 # score: peer_support +2 # why: Una forma discreta de contactar a personas capacitadas para ayudar, sin presión, deja que Sefa decida a su tiempo. Respetar su no mantiene su confianza, y su seguridad.]
  -> resource_given
* ["Voy ahora mismo a la 414 por sus tarjetas del banco y sus teléfonos y los guardo bajo llave en la oficina de seguridad." # critical: take_documents # score: safety -2 # score: choice -1 # why: Quitarle las tarjetas a otras personas, aunque sea para protegerlas, es hacer lo mismo que hace quien las controla, y Renata sabría de inmediato quién habló. Anote quién las tenía y deje que actúen las autoridades.]
  -> take_cards
* ["Necesitamos más que eso. ¿De cuánto es la deuda? ¿Dónde está la casa? ¿Quién más vive ahí?" # score: trust -2 # score: safety -1 # critical: interrogate_victim # why: Buscar detalles es investigar, y ese no es su trabajo. Además la presiona a decir más de lo que es seguro. Usted ya tiene suficiente para informar.]
  -> push_details

=== resource_given ===
El intérprete se lo transmite, despacio. Sefa escucha sin levantar la vista.
Es de {hotline_name}. Ayudan a trabajadores{hotline_not_police:, y no son la policía}.{hotline_languages: Pueden ayudarle en {hotline_languages}.} Llame si quiere y cuando quiera. # speaker: officer
Grace escribe {hotline_phone} en una hoja de conteo de toallas, de las que cada camarista lleva en el delantal. Parece una nota sobre toallas.
El mismo número está en el cartel por dentro de la puerta del baño del personal, en muchos idiomas. # speaker: grace
Usted le dice a Sefa una cosa más que es cierta, y el intérprete se la transmite.
Tengo que escribir un informe sobre lo que vi en la habitación 414. Esa parte es mi trabajo. Lo que usted haga es su decisión. # speaker: officer
Sefa dobla la hoja muy chiquita y la mete en su calcetín. # show: sefa:guarded
Tal vez. Hoy no. # speaker: sefa
Le da las gracias al intérprete, y a Grace. Luego regresa sola al elevador de servicio. # sound: lift_chime # hide: sefa
No pidió ayuda, y nadie está en peligro en este momento. Pero ahora sabe dónde hay ayuda, y la decisión es suya.
# ending: resource_kept; Se quedó con el número
-> file_report(-> epilogue_resource)

=== poster_only ===
El intérprete se lo transmite. Sefa asiente una vez y mira la puerta.
-> declined_out

=== rescue_try ===
Usted se acerca a ella. Sefa retrocede contra los estantes. # show: sefa:anxious
No. No. No puedo. Renata tiene nuestros papeles. Mi familia... # speaker: sefa
Grace pone la mano, con la palma hacia abajo, entre ustedes dos. # show: grace:anxious
Déjela ir. Tiene miedo. # speaker: grace
Sefa pasa a su lado y se va deprisa al elevador de servicio. # hide: sefa
-> crew_moved

=== take_cards ===
Sefa abre mucho los ojos. # show: sefa:anxious
¡No! Si las tarjetas desaparecen, ella sabe que hablé. # speaker: sefa
Usted va a la 414 de todos modos. Renata está ahí, guardando los teléfonos en su bolsa. # show: renata:impatient
Eso es propiedad de la compañía. Si lo toca, llamo a la policía, y a mi abogado. # speaker: renata
Llega el gerente de turno. El hotel no puede tomar la propiedad de una contratista, y usted no tiene derecho a hacerlo. Usted se hace a un lado.
-> crew_moved

=== push_details ===
El intérprete le transmite las preguntas, una por una.
Sefa se pone de pie. Su voz se vuelve plana. # show: sefa:anxious
No sé. Ya quiero regresar a trabajar. # speaker: sefa
-> declined_out

=== declined_out ===
# phase: act
Sefa ya casi está en la puerta.
* [Seguirla hasta el elevador de servicio. "Por favor. De verdad debería hablar con nosotros." # score: choice -2 # score: safety -1 # why: Presionar a una adulta que ya dijo que no le quita su decisión, y que la vean con seguridad podría costarle caro con Renata. Déjela ir y deje la puerta abierta.]
  Sefa camina más rápido. En el elevador aprieta el botón una y otra vez, sin voltear hacia usted.
* [Señalar el cartel por dentro de la puerta del baño del personal, y decir despacio: "Ayuda. Usted decide." # score: peer_support +1 # score: choice +1 # why: Un recurso escrito y discreto, ofrecido sin presión, todavía le da una opción después de que se cerró la conversación.]
  Sefa mira el cartel. La fila de banderas. El número.
  No asiente. Pero lo mira un buen rato antes de irse.
- Sefa regresa al quinto piso. # hide: sefa # hide: ines # sound: lift_chime
# ending: declined; Regresó a trabajar
Grace suelta un largo suspiro.
Hicimos lo que pudimos. Vamos a anotarlo todo. # speaker: grace
-> file_report(-> epilogue_declined)

=== crew_moved ===
# phase: act
Antes de una hora, la camioneta blanca entra al patio de servicio. # requires: hotline
Desde la ventana al final del pasillo, usted ve al equipo salir por la entrada del personal con sus bolsas de plástico.
Renata camina detrás de ellas, con un teléfono al oído. En medio, una mujer lleva la muñeca pegada al pecho.
* [Bajar deprisa a la entrada del personal para leer la placa de cerca # score: document +1 # score: safety -1 # why: Una placa leída de cerca es útil, pero Renata ve que usted llega, y el equipo sabe que seguridad las estaba vigilando. La ventana y la cámara del patio le habrían dado lo mismo.]
  Usted llega a la entrada del personal cuando la última del equipo se sube. Renata voltea y le clava la mirada.
  Usted lee la placa y la anota. La camioneta sale despacio.
* [Bajar corriendo al patio y pararse frente a la camioneta # critical: detain_or_rescue # score: safety -2 # myth: myth.security_rescues # why: Impedir que unas adultas se vayan es retenerlas. Los pone en peligro a usted y a las trabajadoras, y puede empeorar su situación después. Déjelas ir y sea un buen testigo.]
  Cuando usted llega al patio, ya están todas arriba.
  Usted se para frente a la camioneta. El chofer toca el claxon. Renata se baja.
  No tiene derecho a retenernos. Muévase. # speaker: renata
  Tiene razón. Usted se hace a un lado. La camioneta sale rápido, y usted nunca ve la placa.
* [Quedarse en la ventana y anotar la hora, la camioneta y quién se sube # score: document +2 # score: safety +1 # why: Usted no puede impedir que unas adultas se vayan, pero las horas exactas, las descripciones y las grabaciones guardadas les dan a quienes sí pueden actuar algo real con qué trabajar.]
  Usted escribe mientras se suben, y le pide por radio al centro de control que guarde la grabación de la cámara del patio. Seis mujeres, Renata al final. El chofer no se mueve de su asiento.
  Cuando la camioneta da la vuelta para salir del patio, usted lee la placa y la anota.
  El centro de control guarda la grabación de la cámara del patio desde las seis de la mañana.
- Al mediodía, la habitación 414 está vacía. Solo queda la pila de toallas usadas junto a la puerta. # hide: renata # hide: sefa # hide: ines
# ending: crew_moved; Se llevaron al equipo antes del mediodía
-> file_report(-> epilogue_moved)

=== let_go ===
# phase: act
Grace cambia las toallas. Usted les da las gracias y vuelve al pasillo.
Renata cierra la 414 y acompaña a Sefa e Ines al elevador de servicio. # hide: renata # hide: sefa # hide: ines # sound: lift_chime
Grace se vuelve hacia usted. ¿Y bien? # speaker: grace
* [Anotarlo para la revisión de contratistas al final de la semana # score: document +1 # score: report -1 # why: Sus notas son precisas, pero una semana es mucho tiempo para alguien que trabaja dieciséis horas al día con una muñeca que necesita un médico. El centro de control debe saberlo hoy.]
  Usted anota la hora y lo que vio en el escritorio.
* [Llamar por radio al centro de control ahora # score: report +2 # score: document +1 # action: supervisor # why: Con la jefa de equipo presente todo el tiempo, pasarlo al centro de control es lo que indican las órdenes de puesto. Ellos deciden con usted, y con el gerente, si se remite a la línea de ayuda.]
  Usted les da la habitación 414, los colchones, las tarjetas en el escritorio, la hoja de registro y la muñeca vendada.
  El centro de control lo registra y le pide que mande la hoja de registro y las horas. Van a hablar con el gerente sobre la contratista.
- # ending: no_contact; Sefa nunca tuvo un momento a solas
-> file_report(-> epilogue_nocontact)

=== went_back ===
# phase: act
Renata saca a Sefa del cuarto de blancos y la lleva de vuelta al elevador de servicio. # hide: renata # hide: sefa # hide: ines # sound: lift_chime
Lo que Sefa hubiera querido decir pasó primero por Renata.
Grace arranca la hoja firmada de su bloc y la guarda en su carpeta sin volver a leerla.
# ending: no_contact; Sefa nunca tuvo un momento a solas
-> file_report(-> epilogue_nocontact)

=== walked_away ===
# phase: act
Usted se hace atrás. La puerta se cierra. # sound: door_close # hide: renata
Grace se le queda mirando por encima de las toallas. # show: grace:guarded
Entonces le voy a pedir al gerente de turno que suba a hacerla conmigo. # speaker: grace
Más tarde, desde la ventana, usted ve la camioneta blanca salir del patio. No sabe quién iba adentro.
# ending: no_check; La puerta siguió cerrada
-> file_report(-> epilogue_nocheck)

=== epilogue_resource ===
Tres semanas después, el contrato de Brightstar con el hotel termina antes de tiempo. Nadie dice por qué.
Grace le cuenta que las hojas de conteo de toallas desaparecieron de un delantal. Sonríe al decirlo.
-> aftermath

=== epilogue_declined ===
A la mañana siguiente, el equipo está de vuelta en el quinto piso. Sefa baja la cabeza cuando usted pasa.
Decir que no hoy no significa decir que no para siempre. Muchas personas necesitan varias oportunidades antes de pedir ayuda.
-> aftermath

=== epilogue_moved ===
Brightstar manda un equipo nuevo al día siguiente. Ninguna cara es la misma.
-> aftermath

=== epilogue_nocontact ===
A la mañana siguiente, el letrero de No molestar está otra vez en la 414.
-> aftermath

=== epilogue_nocheck ===
El gerente de turno hace la revisión de bienestar esa tarde. La habitación está vacía, ordenada y huele a cloro.
-> aftermath

=== aftermath ===
{
- report_action == "emergency":
  Su informe llega a la policía. Al día siguiente, un agente lo llama para confirmar algunos datos y pide la grabación de la cámara del patio.
- report_action == "police":
  Su informe llega a la policía, aunque nadie estaba en peligro inmediato y nadie la había pedido.
- report_action == "hotline":
  Una semana después, {escalation_first} le dice que alguien de {hotline_name} le dio seguimiento con el hotel al tema de la contratista. Nadie le cuenta más.
- report_action == "supervisor":
  En el cambio de turno, {escalation_first} lee su informe y dice que de ahí en adelante se encarga.
- report_action == "log":
  Su informe queda en el registro del turno. Nadie llama por eso.
- else:
  Nada de lo de hoy queda en el registro. Para el final de la semana, los detalles ya se están borrando.
}
Su turno termina a las seis.
-> END
