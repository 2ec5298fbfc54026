// translation-of: sha256:38c3dee63f7ace1e
# grammar: 1
# id: hotel.late_check_in
# title: Turno de la tarde: las llegadas tarde
# setting: hotel
# summary: Media hora de mucho movimiento en la puerta principal. Llega un equipo visitante en un ferry tarde, un hombre mayor se registra con una mujer joven, un huésped paga en efectivo, un adolescente vende barras de chocolate en el estacionamiento y un hombre lleva casi una hora sentado en un carro en la zona de ascenso y descenso.
# minutes: 10
# situation: none
# minor: no
# variants: 2
# content_note: Llegadas tarde a la entrada de un hotel: un equipo deportivo que habla poco inglés, un hombre mayor con una mujer joven, un pago en efectivo, un adolescente que vende de puerta en puerta y un carro que espera afuera. Algunas decisiones hacen que se interrogue, moleste o avergüence a huéspedes.
# focus: Una entrada con mucho movimiento: lo que ve, lo que pregunta y lo que anota en el registro del turno
# character: omar; Omar; El supervisor de recepción, de unos treinta años, con saco oscuro y un gafete colgado. Esta noche es su compañero.
# character: kofi; Kofi; Un hombre de unos cuarenta años con sudadera gris y gorra, que espera en una camioneta familiar plateada.
# character: gordon; Gordon; Un hombre de casi setenta años con suéter café de botones y lentes, que lleva una maleta pequeña.
# character: lily; Lily; Una mujer joven de unos veinte años con chamarra de mezclilla, una bolsa al hombro y las llaves del carro.
# character: bea; Bea; Entrenadora de voleibol de unos cuarenta años, con un conjunto deportivo rojo del club y un silbato colgado.
# character: ilona; Ilona; Jugadora de voleibol de unos veinte años, con la chamarra roja del club y una mochila. Se ve agotada.
# character: luca; Luca; Un huésped de unos treinta años con abrigo verde y un maletín para computadora.
# character: jace; Jace; Un adolescente con una playera tipo polo color naranja brillante y una caja de cartón con barras de chocolate.
# distractor: not.speaks_other_language
# distractor: not.late_arrival
# distractor: not.tired_or_shy
# distractor: not.accent
# distractor: not.travels_light_short_stay
# teaches: myth.one_flag_or_nationality

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

VAR slips = 0

-> start

=== start ===
# phase: briefing
# bg: hotel_carpark_dusk
# ambience: carpark_evening
# requires: none
Son las 9:10 de un viernes en la noche, a fines de septiembre. Usted está en el turno de tarde para {org_name} en el Westgate Hotel.
El cielo sobre el estacionamiento pasa de naranja a azul oscuro. Se prende el farol junto a la entrada.
Su radio hace ruido. Es Omar, desde recepción.
Media hora pesada, perdón. Acaba de llegar un club de voleibol. Son doce, vienen de un ferry que llegó tarde. # speaker: omar
El club pagó sus habitaciones. La mayoría no habla mucho inglés, así que aquí va un poco lento. # speaker: omar
Faltan dos más a nombre de Hale. Y un señor quiere pagar esta noche en efectivo. # speaker: omar
¿Puede vigilar el frente mientras atiendo la fila? Y lo de siempre: cualquier carro que pase más de media hora en la zona de ascenso y descenso va al registro. # speaker: omar
* ["¿Un equipo extranjero y alguien que paga en efectivo la misma noche? Los voy a vigilar de cerca." # score: culture -1 # myth: myth.one_flag_or_nationality # why: Un idioma, un ferry que llega tarde y un pago en efectivo son cosas normales por sí solas. Empezar con sospecha hace que vea cosas inocentes como señales y trata a los huéspedes como sospechosos.]
  Hay una pausa corta en el radio.
  Son un equipo de voleibol. Nada más están cansadas. # speaker: omar
* ["Voy para allá. Me encargo de la puerta y ayudo con las maletas." # score: collaboration +1 # why: Ofrecer ayuda práctica trata primero como huéspedes a quienes llegan. Un registro con mucho movimiento es una oportunidad para ser útil, no una amenaza que controlar.]
  ¡Es usted lo máximo! # speaker: omar
- Usted sale bajo el toldo de la entrada y mira el estacionamiento.
-> car_park

=== car_park ===
# phase: observe
Del otro lado del estacionamiento, tiene tiempo para mirar bien una cosa antes de que entre el siguiente carro.
* [Mirar el área de fumadores # observe: smokers_shelter # reveals: nothing]
  Un joven vestido de blanco de cocina está sentado en el área de fumadores con un cigarro y su teléfono.
  Se ve muy cansado. Lleva de pie desde las dos de la tarde.
  Suena un mensaje de voz en su teléfono. Se ríe y contesta escribiendo.
* [Mirar el carro rojo con la cajuela abierta # observe: open_boot # reveals: nothing]
  Un carro rojo chico, recién estacionado. En la cajuela: una maleta pequeña, un ramo de flores y un portatrajes largo con cierre.
  Una maleta pequeña para dos personas.
- Usted regresa por la fila de carros estacionados.
-> front_row

=== front_row ===
Más cerca de la entrada, tres cosas le llaman la atención. Solo puede detenerse en una.
* [Mirar el carro plateado con un conductor esperando # observe: waiting_car # reveals: nothing # ambiguous: hotel.lookout_hall_lobby_lot]
  Un hombre lleva unos cuarenta minutos sentado en una camioneta familiar plateada en la zona de ascenso y descenso, con el motor apagado.
  Mira las puertas de la entrada. Cada vez que se abren, levanta la vista, y luego vuelve a su teléfono.
  Las ventanas están empañadas en las esquinas. Desde aquí no se ve nada en el tablero.
* [Mirar la camioneta blanca # observe: minibus # reveals: nothing]
  La camioneta tiene el escudo de un club en el costado y una parrilla en el techo sin maletas.
  En el asiento de atrás, dos jugadoras se quedaron dormidas una contra la otra. Una tercera limpia el lodo de los tapetes.
  En el tablero están los boletos del ferry.
* [Mirar el carrito de equipaje # observe: luggage_trolley # reveals: nothing]
  Maletas deportivas rojas del club, cada una con una etiqueta con nombre y número de camiseta.
  Un botiquín. Una caja de balones de voleibol. Doce botellas de agua con doce calcomanías distintas.
- -> door_stop

=== door_stop ===
Usted llega al toldo. Por las puertas de vidrio sale una luz cálida.
* [Mirar la recepción por las puertas de entrada # observe: entrance_doors # reveals: nothing]
  Adentro, Omar atiende una fila de jugadoras con chamarras rojas. Cada una entrega su propia identificación y firma por su propia llave.
  La entrenadora está a un lado con una tablilla, marcando nombres en la lista de habitaciones del club.
  Platican en su idioma y se ríen de algo.
* [Mirar al hombre en la banca # observe: bench # reveals: nothing]
  Un hombre con abrigo verde está sentado en la banca con un maletín para computadora, hablando por teléfono.
  {variant == 2: Es la tarjeta de mi compañía. Todavía no me llega. Esta noche voy a tener que pagar en efectivo.|Sí, estoy en el extranjero. No, ese pago lo hice yo. Por favor, desbloqueen la tarjeta.} # speaker: luca
  Suspira, cuelga y cuenta billetes de su cartera.
- -> waiting_car

=== waiting_car ===
# phase: talk
El hombre del carro plateado termina su sándwich y mira su reloj. # show: kofi:calm
Ya lleva casi cuarenta y cinco minutos esperando en el lugar de ascenso y descenso más cercano a la puerta. # requires: log # discuss: ¿Alguien que espera en un carro es señal de algo por sí solo? ¿Cuáles son las explicaciones normales?
* [Desde la puerta, anotar la marca, el color, la placa y la hora para el registro, y seguir en la puerta # score: document +1 # why: Anotar un carro que se queda en la zona de ascenso y descenso es rutina, igual para cualquier vehículo, y es lo que piden las órdenes de puesto. Un saludo amable también le habría dicho quién era.]
  Usted anota la placa. Él ve que usted escribe, y desvía la mirada. # show: kofi:guarded
  Unos minutos después, Omar menciona por radio quién es. Usted lo agrega a la nota.
* [Acercarse saludando con la mano. "¡Buenas noches! ¿Espera a alguien?" # resolves: hotel.lookout_hall_lobby_lot # score: trust +1 # score: safety +1 # why: Una pregunta amable y abierta lo trata como el visitante que probablemente es, y le da la respuesta en segundos. De todos modos, el carro va al registro.]
  Baja la ventana y sonríe. # show: kofi:relieved
  {variant == 2: Viaje al aeropuerto. Su huésped me reservó para las nueve y media. Siempre llego temprano.|A mi esposa, Jo. Trabaja en recepción. Su turno termina a las nueve y media.} # speaker: kofi
  {variant == 2: Le muestra la reserva en su teléfono, y la licencia de taxi en el espejo.|Su radio hace ruido. Omar lo oyó.}
  {variant == 2: Sí, es nuestro taxi al aeropuerto. Yo mismo lo reservé.|Es el esposo de Jo. La espera todos los viernes.} # speaker: omar
  Usted anota el carro, la placa y la hora para el registro, como lo haría con cualquier carro en esa zona.
* [Tocarle la ventana: "Necesito ver una identificación y saber a quién espera, o se tiene que ir." # score: trust -1 # score: safety -1 # why: Nada en él justificaba pedirle una identificación. La regla de la zona le permite pedirle con cortesía que se mueva. Exigir una identificación convierte una nota de rutina en una detención, y empieza un pleito por nada.]
  -> kofi_complaint
- -> seller

=== seller ===
# hide: kofi
Un adolescente con una playera polo naranja brillante sube por la fila de carros estacionados con una caja de cartón. # show: jace:calm
Toca la ventana de un carro estacionado, y sigue al siguiente. No hay nadie en ninguno. # indicator: hotel.selling_begging_on_property
Ve su uniforme y se acerca, mostrando una tarjeta impresa.
¡Barras de chocolate, cinco dólares! Para mi programa juvenil. ¿Puedo vender aquí? ¿Nada más unos minutos? # speaker: jace
La tarjeta tiene un logotipo y una dirección web, y ningún nombre de escuela. Son las nueve y veinte. # discuss: Una persona joven que vende de puerta en puerta de noche: ¿qué podría ser esto, qué le toca a usted y qué no?
* ["Claro, le compro una." Comprarle una barra y dejar que siga # score: trust +1 # score: document -1 # why: Es amable, y lo trata como el muchacho que probablemente es. Pero la propiedad prohíbe las ventas para todos, y sin una nota nadie podría notarlo si el mismo grupo vuelve cada semana.]
  Sonríe y toma sus cinco dólares. ¡Gracias! Que pase buena noche. # speaker: jace
  Sigue por la fila hacia la calle.
* ["¿Quién lo trae y lo lleva? ¿Cuánto de los cinco dólares se queda usted? ¿Dónde se está quedando?" # critical: interrogate_victim # score: trust -2 # why: Si está en un grupo que se queda con su dinero, las preguntas de alguien de uniforme en un estacionamiento lo ponen en aprietos, y las respuestas pueden llegarle a quien lo dirige. Si no, usted interrogó a un muchacho que vende chocolates. Anótelo y páselo.]
  La sonrisa se le congela. # show: jace:guarded
  Es un programa. Es, o sea, un trabajo. Me tengo que ir. # speaker: jace
  Se va rápido hacia la calle, sin tocar más carros.
* ["Aquí en la propiedad del hotel no, perdón. En la banqueta sí puede." Luego anotar la hora y lo que vende # score: document +1 # score: trust +1 # why: La regla contra las ventas, dicha con amabilidad, es igual para todos. Vender de puerta en puerta de noche puede ser una recaudación de fondos o un grupo de ventas que se queda con el dinero. Una señal sola no prueba nada, y una nota con hechos permite que alguien vea un patrón si vuelve.]
  Está bien. No hay problema. # speaker: jace
  Regresa hacia la calle. Usted anota la hora, la playera naranja, la tarjeta y la dirección web.
* ["Fuera del estacionamiento, ya, o llamo a la policía." # score: trust -2 # score: safety -1 # why: Una amenaza despeja el estacionamiento, pero le enseña a una persona joven que tal vez está bajo el control de alguien que los uniformes significan problemas. Y si está en un grupo, puede pagarlo por regresar con menos dinero.]
  Se estremece, luego se encoge de hombros y se va hacia la calle. # show: jace:guarded
- -> hale_arrive

=== hale_arrive ===
# hide: kofi
# hide: jace
Un hombre de casi setenta años viene desde el carro rojo con una maleta pequeña. # show: gordon:calm # show: lily:guarded
Lo sigue una mujer joven con el portatrajes largo y las llaves del carro. Se ve pálida y agotada.
{variant == 2: Él camina rígido y no sonríe.|Él va hablando muy contento del tráfico.} Ella no dice nada.
En la puerta, él habla por los dos.
Tenemos reserva a nombre de Hale. Una habitación, para dos. # speaker: gordon
* [Ponerse entre ellos. En voz baja, a ella: "¿Este hombre la está explotando? ¿Es víctima de trata? Me lo puede decir." # critical: labelling_question # score: trust -2 # score: culture -1 # myth: myth.one_flag_or_nationality # why: Una diferencia de edad y una mujer joven callada y cansada no son señal de nada. Una pregunta que pone una etiqueta así avergüenza a los dos huéspedes, y además le fallaría a alguien que de verdad necesitara ayuda.]
  -> hale_label
* [Sostener la puerta. "Buenas noches, bienvenidos. ¿Manejaron mucho?" # score: trust +1 # score: culture +1 # why: Un servicio cálido y normal es la manera correcta de empezar con cualquier huésped, y una pregunta ligera deja que la gente le cuente de sí misma si quiere.]
  -> hale_friendly
* [Llevarla aparte. "¿Cuántos años tiene? ¿Qué es él de usted? ¿Me enseña su identificación?" # score: culture -2 # score: trust -2 # myth: myth.one_flag_or_nationality # why: Interrogar a una huésped como sospechosa por la persona con quien viaja es juzgarla por un perfil. Revisar identificaciones le toca a recepción al registrar, igual para todos.]
  -> hale_questioned

=== hale_friendly ===
Cuatro horas. # speaker: lily # show: lily:calm
Mi papá ya no maneja de noche. Así que manejé yo, y él me iba leyendo las noticias del tráfico. Cada uno de los embotellamientos. # speaker: lily
{variant == 2: Gordon casi sonríe.|Gordon se ríe.}
{variant == 2: Es mi cadera. Ya no aguanto tanto tiempo sentado en un carro.|Alguien tenía que hacerlo.} # speaker: gordon
Mañana se gradúa. Es la primera de la familia que va a la universidad. # speaker: gordon # show: gordon:relieved
Lily pone los ojos en blanco, pero ahora sonríe. # show: lily:relieved
Abre un poco el cierre del portatrajes para enseñarle: una toga negra con una capucha de color. La ropa de graduación.
Entran juntos a recepción. Omar los tiene en una habitación familiar con dos camas. # hide: gordon # hide: lily
-> cash_guest

=== cash_guest ===
El hombre de la banca entra detrás de ellos con su maletín. # show: luca:calm
En el mostrador pone su pasaporte y un fajo pequeño de billetes.
Omar le pide su domicilio y lo escribe en la tarjeta. Él lo da de inmediato, y deletrea la calle.
{variant == 2: La tarjeta de mi compañía se quedó atorada en el correo. Pago en efectivo esta noche y con tarjeta mañana, si está bien.|Mi banco me bloqueó la tarjeta. Creen que un pago en el extranjero es fraude. Lo estoy arreglando.} # speaker: luca
¿Hay algún cajero automático abierto por aquí, para mañana? # speaker: luca
Omar le echa una mirada a usted por encima del mostrador.
* [Decirle a Omar en voz baja: "Pasaporte extranjero y efectivo. Pídale una segunda identificación antes de darle la llave." # critical: profiling # score: culture -2 # score: trust -1 # myth: myth.one_flag_or_nationality # why: Un pasaporte extranjero y un pago en efectivo no son señal de nada. Pedirle solo a él más identificación por su país de origen es discriminarlo por su origen, y él ya dio un pasaporte y un domicilio completo.]
  -> cash_threat
* [Dejarle a Omar la pregunta del cajero y volver a la puerta # score: collaboration +1 # score: trust -1 # why: Omar puede contestarla, y la puerta lo necesita. Pero el huésped preguntó y Omar buscó su mirada. Un minuto de ayuda es simple buen servicio, y lo trata como a cualquier huésped.]
  Omar mismo le señala el cajero en el mapa.
  Omar le cobra un depósito en efectivo, como el hotel hace siempre con las estadías en efectivo, y le da un recibo y su tarjeta de la habitación. # hide: luca
  -> team
* ["Omar, guarde su pasaporte en recepción hasta que pueda pagar con tarjeta." # critical: take_documents # score: trust -2 # score: choice -2 # why: El pasaporte de un huésped es del huésped. Retenerlo como garantía de una cuenta lo deja sin identificación en un país extranjero, y el hotel no tiene ese derecho.]
  -> cash_passport
* [Mostrarle en el mapa del hotel el cajero abierto toda la noche más cercano, y desearle suerte con su tarjeta # score: trust +1 # score: collaboration +1 # why: Un pago en efectivo con pasaporte, domicilio completo y una razón clara es algo normal. Ayudarle con su problema es buen servicio, y lo trata como a cualquier otro huésped.]
  -> cash_helped

=== cash_helped ===
Usted marca el cajero en el mapa con una pluma.
A cinco minutos caminando. A la izquierda en el semáforo. Está abierto toda la noche. # speaker: officer
Gracias. Ha sido un día largo. # speaker: luca # show: luca:relieved
Omar le cobra un depósito en efectivo, como el hotel hace siempre con las estadías en efectivo, y le da un recibo y su tarjeta de la habitación. # hide: luca
-> team

=== team ===
Afuera, las últimas del equipo están entrando desde la camioneta. # show: bea:calm # show: ilona:anxious
Una jugadora está aparte junto al carrito de equipaje, pálida, agarrándose el estómago. No mira a nadie.
Las demás le dicen algo en su idioma. Ella niega con la cabeza.
La entrenadora, con su conjunto deportivo rojo, sale con una tablilla y cuenta las maletas que quedan en el carrito.
* [Preguntarle a cada jugadora, una por una, de dónde es y quién pagó el viaje # score: culture -2 # score: trust -1 # myth: myth.one_flag_or_nationality # why: Interrogar a un grupo de huéspedes porque hablan otro idioma y llegaron tarde los trata como sospechosos. Nada de lo que vio indicaba que alguien estuviera bajo el control de otra persona.]
  -> team_questioned
* [Acercarse. "¿Viaje largo? Adentro hay agua y un lugar para sentarse, si quiere." # score: trust +1 # score: choice +1 # why: Ofrecer comodidad sin preguntas es buen servicio. La deja libre de aceptar o no, y de decirle qué le pasa si quiere.]
  -> team_kind
* [Decirle al chofer que la camioneta se queda aquí hasta que usted hable a solas con cada jugadora # critical: detain_or_rescue # score: safety -1 # score: choice -2 # score: culture -1 # why: Retener a personas que no han hecho nada malo es detenerlas. Asusta a los huéspedes, no tiene base en lo que vio, y nunca le corresponde a un oficial de seguridad.]
  -> team_detained

=== team_kind ===
La jugadora levanta la vista y logra sonreír un poco.
Seis horas en el ferry. El mar estaba horrible. Me mareé todo el camino. # speaker: ilona
Nunca más. La próxima vez volamos. # speaker: ilona
La entrenadora se ríe y le da una botella de agua. # show: ilona:relieved
Ilona es armadora. La mejor que tenemos. Normalmente es la más ruidosa. # speaker: bea
Ilona toma su propia maleta y entra a recoger su llave con Omar.
-> evening_end

=== team_questioned ===
~ slips += 1
Las jugadoras contestan con paciencia, una tras otra. Su inglés es lento y cuidadoso. # show: bea:guarded
Son del mismo pueblo. El club pagó, con un año de ventas de pasteles y lavados de carros.
Para la cuarta jugadora, la entrenadora está muy derecha, con los brazos cruzados.
¿Hay algún problema con nosotras? # speaker: bea
No. No lo hay. # speaker: officer
Usted las deja entrar.
-> evening_end

=== evening_end ===
# phase: act
# hide: ilona
Para las nueve y media, la fila ya se acabó. El vestíbulo vuelve a estar tranquilo.
{variant == 2: Un taxi sale del estacionamiento con un huésped rumbo al aeropuerto.|Jo, de recepción, sale con su abrigo y se sube al carro plateado. Le dice adiós con la mano.}
Omar sale a la puerta a tomar aire. # show: omar:calm
Bueno. Fue mucha gente al mismo tiempo. ¿Algo que deba saber? # speaker: omar
* ["Nada que informar. Solo un registro con mucho movimiento, normal." Luego seguir con su ronda. # score: collaboration +1 # why: Es justo con los huéspedes: nada de lo que vio indicaba que alguien estuviera bajo el control de otra persona. Pero el carro pasó más de media hora en la zona de ascenso y descenso, y las órdenes de puesto dicen que eso va al registro, junto con el joven vendedor.]
  -> quiet_end
* ["Me preocupa ese muchacho que vende chocolates. Pidamos al centro de control que llame a la línea de ayuda por él." # score: document +1 # score: collaboration -1 # score: report -1 # action: hotline # why: Tomar en serio a un vendedor joven está bien, y una anotación en el registro lo guarda. Pero una señal débil, sin nada más, todavía no es para una remisión. Si vuelve, o con más señales, el centro de control decide.]
  -> quiet_end
* ["Para el registro: el carro en la zona de ascenso y descenso, y el muchacho que vende chocolates." # score: collaboration +1 # score: document +1 # action: log # why: La regla de la zona pide una nota, y una señal débil sobre una persona joven que vende de noche también merece una línea con hechos. Ninguna de las dos dice nada de ningún huésped, y ninguna necesita más que el registro.]
  -> quiet_end
* ["¿Puede poner una nota en las habitaciones del equipo? Dígale al personal de noche que las vigile." # score: trust -1 # score: document -1 # why: Una nota así persigue a huéspedes normales toda la noche e invita a otros a tratarlas como sospechosas. Las notas en las habitaciones son para hechos que importan, no para una inquietud.]
  -> watch_note
* ["Voy a llamar a la policía para que revise los papeles de ese equipo. Más vale prevenir." # critical: profiling # score: culture -2 # score: collaboration -1 # myth: myth.one_flag_or_nationality # why: Un idioma, una llegada tarde y una jugadora cansada no son señales de trata de personas. Una revisión de la policía con esa base señala a huéspedes por quiénes son, y gasta ayuda que necesitan los casos reales.]
  -> police_called

=== quiet_end ===
Omar asiente.
{slips == 0: {variant == 2: El taxista dice que usted es el primer guardia que lo saluda.|Por cierto, el esposo de Jo dice que usted es muy amable.}|La entrenadora me preguntó si el equipo había hecho algo malo. # speaker: omar}
Usted vuelve a la puerta.
# ending: ordinary_evening; Una noche normal, con mucho movimiento
Usted vuelve a salir al atardecer para terminar su ronda.
-> file_report(-> epilogue_ordinary)

=== watch_note ===
Omar frunce el ceño, pero escribe una nota corta en las habitaciones del equipo. # show: omar:guarded
A las dos de la mañana, el portero de noche toca en la habitación 212 para "revisar". Las jugadoras estaban dormidas.
# ending: watch_note; Una nota que las siguió
En la mañana, la entrenadora pregunta en recepción por qué.
-> file_report(-> epilogue_note)

=== police_called ===
Usted hace la llamada. Dos policías llegan cuarenta minutos después. # show: omar:anxious
Hablan con la entrenadora en el vestíbulo mientras las jugadoras esperan en las escaleras.
Los agentes revisan la reserva del club y la carta de la federación que trae la entrenadora. Uno de ellos le pregunta a usted, en voz baja, por qué llamó.
Las jugadoras miran desde las escaleras, ahora muy calladas. # show: bea:guarded
# ending: police_for_nothing; La policía vino a revisar al equipo
Los agentes se van. La entrenadora pide hablar con el gerente.
-> file_report(-> epilogue_police)

=== kofi_complaint ===
# phase: act
El hombre se le queda mirando. Luego se baja del carro. # show: kofi:impatient
{variant == 2: Soy el taxi que reservó su propio huésped. Llegué veinte minutos antes. ¿Ahora eso es un delito?|Estoy esperando a mi esposa. Trabaja aquí. Está detrás de ese mostrador.} # speaker: kofi
Omar sale por las puertas, rápido. # show: omar:anxious
{variant == 2: Está reservado para las nueve y media. Yo mismo le llamé.|Es el esposo de Jo. Viene todos los viernes.} # speaker: omar
-> complaint

=== hale_label ===
# phase: act
La mujer joven se le queda mirando, luego suelta una carcajada, y luego ya no se ríe. # show: lily:impatient
Es mi papá. # speaker: lily
El hombre se pone rojo. # show: gordon:impatient
¿Manejé cuatro horas con mi hija para su graduación, y usted le pregunta eso? # speaker: gordon
-> complaint

=== hale_questioned ===
# phase: act
La mujer joven da un paso atrás. Se le tensa la cara. # show: lily:impatient
Tengo veinticuatro años. Es mi papá. Mi identificación está en mi bolsa, como la de cualquiera. ¿Por qué? # speaker: lily
Su papá se acerca, confundido, y luego enojado. # show: gordon:impatient
-> complaint

=== cash_threat ===
# phase: act
El hombre se queda muy quieto. # show: luca:anxious
Tengo pasaporte. Di mi domicilio. Estoy pagando. # speaker: luca
Omar interviene, le pide disculpas y termina él mismo el registro.
El hombre toma su llave sin volver a mirar hacia usted. # hide: luca
-> complaint

=== cash_passport ===
# phase: act
Omar niega con la cabeza. # show: omar:guarded
No podemos quedarnos con el pasaporte de un huésped. Cobramos un depósito en efectivo, como siempre. # speaker: omar
El hombre ya recogió su pasaporte. Lo aprieta contra el pecho. # show: luca:anxious
Creo que voy a buscar otro hotel. # speaker: luca
Sale otra vez a la banca y pide un taxi por teléfono. # hide: luca
-> complaint

=== team_detained ===
# phase: act
El chofer voltea hacia usted, y luego hacia la entrenadora. # show: bea:impatient
La voz de la entrenadora es muy tranquila. Saca su teléfono.
Somos un club deportivo. No hemos hecho nada. Voy a llamar a nuestra federación, y a su gerente. # speaker: bea
Las jugadoras se quedan en la banqueta, en el frío, con sus maletas deportivas.
Omar sale y deja ir a la camioneta. # show: omar:anxious
-> complaint

=== complaint ===
Baja la gerente de turno. Primero los escucha a ellos, luego a usted. # hide: kofi # hide: gordon # hide: lily # hide: luca # hide: bea # hide: ilona
Les pide disculpas y le pide a usted que cubra el estacionamiento de atrás el resto de la noche.
# ending: complaint; Un huésped se quejó
-> file_report(-> epilogue_complaint)

=== epilogue_ordinary ===
A la mañana siguiente, el equipo gana su primer partido. La entrenadora deja una caja de pan dulce en recepción para el personal de noche.
Al mediodía, un hombre con suéter de botones se detiene en la puerta con su hija vestida con toga negra. Le pide a usted que les tome una foto.
-> aftermath

=== epilogue_note ===
La entrenadora escribe una reseña corta y educada. Menciona que tocaron a las dos de la mañana.
-> aftermath

=== epilogue_police ===
El club no vuelve a reservar en el hotel.
-> aftermath

=== epilogue_complaint ===
Para la mañana, la queja por escrito del huésped ya le llegó al gerente. Le piden a usted que repase la noche con {escalation_first}.
-> aftermath

=== aftermath ===
{
- report_action == "emergency" || report_action == "police" || report_action == "hotline":
  En el cambio de turno, {escalation_first} lee su informe y le pregunta qué vio que le hizo mandarlo tan lejos. El informe se cierra al día siguiente.
- report_action == "supervisor":
  En el cambio de turno, {escalation_first} lee su nota y le pregunta qué vio que le preocupó. El carro de la zona de ascenso y descenso va al registro.
- report_action == "log":
  Su nota queda en el registro del turno: un carro plateado en la zona de ascenso y descenso, su placa, las horas y a quién esperaba; y un adolescente que vendía barras de chocolate de carro en carro a las 9:20, con playera naranja, con la dirección web del programa.
- else:
  Nada de esta noche queda en el registro. En el cambio de turno, {escalation_first} pregunta por el carro que pasó casi una hora en la zona de ascenso y descenso.
}
Nadie averigua quién lleva y trae al adolescente de la playera naranja, ni cuánto de los cinco dólares se queda. Una señal sola nunca le tocaba a usted resolverla. Si vuelve, o con otras señales, el registro es la manera en que alguien lo va a ver.
Su turno termina a la medianoche.
-> END
