// translation-of: sha256:7bad5873101f5e6d
# grammar: 1
# id: hotel.third_floor
# title: Turno de noche: un huésped pide compañía
# setting: hotel
# summary: Una noche tranquila en el vestíbulo del hotel, hasta que un huésped pregunta dónde puede encontrar "servicios para adultos". La habitación 312 se ha reservado noche por noche, y quienes la usan no son la persona de la reserva.
# minutes: 10
# situation: sex_trafficking
# minor: yes
# variants: 2
# content_note: Esta historia trata de una persona joven que quizás es menor de 18 años y que quizás sufre explotación sexual, y de un huésped que le pregunta al personal cómo pagar por sexo. No se muestra ni se describe nada sexual. En uno de los caminos, un hombre jala a una muchacha del brazo. Puede tomar una pausa en cualquier momento.
# focus: Un huésped que pide "servicios para adultos", y una huésped joven con un hombre que no está en la reserva
# character: dana; Dana; La auditora de noche en la recepción, de unos cincuenta años, con los lentes de leer colgados de un cordón. Su compañera esta noche.
# character: skye; Skye; Una huésped joven con tacones altos y un abrigo largo de mujer adulta, muy maquillada.
# character: lee; Lee; Un hombre de unos treinta años con una chaqueta deportiva gris, dos teléfonos y la llave de un carro colgada del dedo.
# character: martin; Martin; Un huésped de unos cincuenta años con traje de negocios e impermeable, con una maleta pequeña de ruedas.
# distractor: not.late_arrival
# distractor: not.tired_or_shy
# distractor: not.travels_light_short_stay
# teaches: myth.adultification
# teaches: myth.trauma_hostile_or_flat
# teaches: myth.would_ask_for_help
# teaches: myth.security_rescues

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

-> start

=== start ===
# phase: briefing
# bg: hotel_lobby_night
# ambience: lobby_night
# show: dana:calm
Es la 1:40 a. m. de un sábado. La lluvia golpea la puerta giratoria.
Usted está en el puesto del vestíbulo para {org_name}. Dana, la auditora de noche, le hace una seña para que se acerque a la recepción.
La 312 pidió salida tarde otra vez. Ya van tres noches, reservando noche por noche. # speaker: dana # indicator: hotel.hourly_or_day_by_day_stay
Está reservada a nombre de una adulta, una mujer. A ella nunca la he visto. He visto a una muchacha, y a un hombre que no está en la reserva. # speaker: dana
Con tanto maquillaje, no sabría decirle qué edad tiene la muchacha. Menos de lo que dice, quizás. # speaker: dana
* ["Vamos a tocar en la 312 ahora y a pedirles identificación a todos." # score: safety -2 # score: trust -1 # why: Tocar a las dos de la mañana le dice al hombre que el personal sospecha, y quizás la muchacha lo pague después. Observe, anote y páselo a quien corresponde.]
  ¿Con qué motivo? ¿Una salida tarde? # speaker: dana # show: dana:anxious
  Mejor observemos por ahora. # speaker: dana
* ["Gracias. Me voy a quedar cerca de la recepción tomando notas." # score: observe +1 # score: collaboration +1 # why: Observar con calma y tomar notas sencillas arma el cuadro, y quedarse cerca de la recepción quiere decir que Dana no está sola.]
  Bien. Me siento más tranquila con usted cerca. # speaker: dana # show: dana:relieved
* ["Las muchachas crecen rápido hoy en día. No es asunto nuestro." # score: observe -1 # myth: myth.adultification # why: Una persona joven vestida y maquillada para parecer mayor sigue siendo una persona joven. Su edad lo cambia todo sobre lo que tiene que pasar después, así que vale la pena observar.]
  Puede ser. Pero yo tengo una nieta más o menos de esa edad. # speaker: dana # show: dana:guarded
- Usted anota la hora, el número de habitación y lo que dijo Dana. # requires: log
  -> lobby

=== lobby ===
# phase: observe
# show: lee:calm
Usted recorre el vestíbulo despacio, como cada hora. Mire, pero sin quedarse mirando.
Un hombre con una chaqueta deportiva gris espera junto al sillón que da a los elevadores. Un huésped con impermeable está de pie junto a la ventana con su teléfono.
Le da tiempo para una sola cosa del lado de la recepción antes de que alguien se pregunte por qué anda usted por ahí.
* (footage) [Mirar el monitor de las cámaras detrás de la recepción # observe: cctv_monitor # reveals: hotel.minor_with_unrelated_adult]
  Dana le regresa la grabación de la cámara del estacionamiento.
  A las once menos diez llega un carro. Se baja el hombre de la chaqueta deportiva, y luego una muchacha con un abrigo largo, con los zapatos en la mano.
  Él tiene la tarjeta llave. Ella lo sigue y entran por la puerta lateral, no por la principal. # indicator: hotel.side_door_entry
  Ninguno de los dos está en la reserva de la 312.
* (note) [Mirar la pantalla de la recepción # observe: desk_screen # reveals: hotel.minor_adult_roles]
  El turno de la tarde dejó una nota sobre la habitación 312.
  "Huésped joven pagó otra noche en la recepción, en efectivo. Dijo que tenía 19. Sin identificación: 'está en la habitación'. Un hombre esperó junto a los elevadores." # indicator: hotel.guest_withholds_id_details
  ¿Dieciséis, diecinueve o veinticinco? La nota no lo dice, y usted tampoco puede saberlo.
* [Mirar al viajero dormido en el sofá # observe: sofa_traveller # reveals: nothing]
  Un joven dormido junto a una mochila grande, con el pase de abordar asomándose del bolsillo.
  Está en la lista de Dana para el transporte al aeropuerto de las 4:30.
* [Seguir por el vestíbulo]
- -> far_side

=== far_side ===
Usted sigue hacia los elevadores y la ventana. Una mirada más, y luego vuelve a la recepción.
* (armchair) [Mirar al hombre junto al sillón que da a los elevadores # observe: lobby_armchair # reveals: nothing # ambiguous: hotel.lookout_hall_lobby_lot]
  Tiene dos teléfonos en el brazo del sillón. Cada vez que suena el elevador, levanta la vista. # sound: lift_chime
  Un chofer que espera a un cliente, un padre que espera a alguien, o un hombre que vigila quién entra y quién sale. Con una sola mirada, no se puede saber.
* [Mirar al huésped que habla por teléfono junto a la ventana # observe: window_caller # reveals: hotel.buyer_asks_adult_services]
  Al pasar, usted ve su pantalla encendida: una página de fotos y precios de "acompañantes", con el nombre de este hotel escrito en el buscador. # indicator: hotel.buyer_asks_adult_services
  Él lo ve a usted y se guarda el teléfono en el bolsillo.
* [Mirar la bolsa de plástico junto a los elevadores # observe: plastic_bag # reveals: nothing]
  Una bolsa de plástico blanca con una sudadera, unos pants y una toalla, y una pulsera de la piscina.
* [Volver a la recepción]
- -> buyer

=== buyer ===
# phase: talk
# show: martin:calm
El huésped de la ventana lleva su maleta hasta la recepción. Dana le hace el registro: una noche, habitación 208.
Luego se apoya en el mostrador y baja la voz para hablarle a usted, no a Dana.
{variant == 2: Perdone. Es algo incómodo. ¿Hay... algún lugar donde uno pueda encontrar compañía, a esta hora? # speaker: martin|Bueno. Usted parece conocer esta ciudad. ¿Dónde encuentra uno un poco de compañía por aquí? Servicios para adultos. Usted sabe. # speaker: martin} # indicator: hotel.buyer_asks_adult_services
* ["En este hotel no, señor. Voy a anotar que usted lo preguntó." # score: document +1 # score: safety -1 # why: Honesto y firme, y sus palabras quedan en sus notas. Pero decírselo lo pone sobre aviso, y quizás se lleve el asunto a donde el personal no pueda verlo. Un no sencillo y notas discretas logran lo mismo sin avisarle.]
  Se le cierra la cara. Solo preguntaba. Olvídelo. # speaker: martin
  Toma su tarjeta llave y va hacia los elevadores sin mirar atrás. Usted anota la hora y sus palabras. # hide: martin
  -> arrival
* [Guiñarle un ojo y decir: "Pruebe en el bar de la esquina. Yo no le dije nada." # score: safety -3 # score: report -1 # critical: facilitate_buyer # why: Indicarle a un hombre dónde pagar por sexo lo hace a usted parte de eso, y las personas a quienes venden pueden ser menores. Diga que no, con claridad, y anote lo que él preguntó.]
  Él se ríe. Gracias, amigo. # speaker: martin
  Toma su tarjeta llave y va hacia los elevadores. # hide: martin
  -> arrival
* [Decirle en voz alta, para que se oiga en todo el vestíbulo: "Qué asco. Voy a llamar a la policía." # score: safety -1 # score: document -1 # why: Una escena en público no le da nada que informar más que ruido, y el hombre del sillón ahora sabe que seguridad está atenta justo a esto. Diga que no con calma y anote sus palabras.]
  La gente voltea. El hombre del sillón mira hacia acá, y luego vuelve a sus teléfonos. # show: lee:guarded
  Solo pregunté. # speaker: martin
  Toma su tarjeta llave y va rápido hacia los elevadores. # hide: martin
  -> arrival
* ["No podemos ayudarle con eso, señor." Luego anotar sus palabras. # score: safety +1 # score: document +1 # why: Un no corto y neutral no le da nada y no arma ninguna escena, y sus palabras exactas son lo que necesita el informe.]
  Se encoge de hombros. Está bien. Había que preguntar. # speaker: martin
  Toma su tarjeta llave y va hacia los elevadores. Usted anota la hora y sus palabras. # hide: martin
  -> arrival

=== arrival ===
Suena el elevador. La muchacha de la 312 sale y camina hasta la recepción. # sound: lift_chime # show: skye:guarded
Lleva unos tacones altos con los que no sabe caminar bien, y un abrigo largo hecho para una mujer adulta. Su maquillaje es cargado y cuidadoso. # indicator: hotel.minor_adult_roles
Pone un rollo de billetes en el mostrador. Es para otra noche. Habitación 312. # speaker: skye # indicator: hotel.minor_adult_roles
El hombre del sillón se acerca y se queda justo detrás de ella. # show: lee:calm
{variant == 2: Es mi prima. Tiene diecinueve. Tome el dinero y ya. # speaker: lee|Buenas noches. Soy su tío. Tiene diecinueve, por si lo iba a preguntar. Solo una noche más. # speaker: lee} # indicator: hotel.minor_with_unrelated_adult
Dana le pide a Skye su fecha de nacimiento, para el formulario. Skye lo mira a él antes de contestar, y se equivoca de año, y luego lo corrige. # indicator: hotel.confused_rehearsed_guest
Él contesta por ella las dos preguntas siguientes de Dana. # indicator: hotel.companion_holds_id_money_keys # requires: police # discuss: Nadie le preguntó la edad, y él la dijo de todos modos. ¿Qué ha visto usted hasta ahora, y qué le toca hacer en lo que sigue?
* [No decir nada. Quedarse junto a la recepción y observar quién contesta # score: observe +1 # why: Observar en silencio no revela nada, y eso está bien. Pero una palabra amable y común para ella no cuesta nada, y deja abierta la puerta para un momento a solas más tarde.]
  Él habla. Ella no quita la vista del mostrador.
  -> private
* [Decirle a él: "¿Diecinueve? Es una niña, amigo. ¿De quién es hija?" # critical: confront_controller # score: safety -2 # why: Desafiarlo le dice que el personal lo tiene en la mira, y la salida más fácil para él es llevársela. Anote lo que dijo y páselo a quien corresponde.]
  -> challenged
* [Mantenerlo normal: decirle a Skye que hay una máquina de agua junto a los elevadores # score: safety +1 # score: trust +1 # why: Una palabra amable y común no muestra sospecha, así ella se queda en el edificio y sigue abierta la posibilidad de un momento a solas.]
  Ella mira la máquina de agua, y luego a él. No se mueve.
  -> private
* [Preguntarle a Skye, delante de él: "¿Alguien la obliga a hacer algo que usted no quiere? ¿Es usted víctima de trata de personas?" # critical: labelling_question # critical: suspicion_in_front_of_controller # score: safety -2 # score: trust -2 # why: Una pregunta que le pone una etiqueta, hecha delante de él, la pone en peligro y solo recibe la respuesta que él quiere. Mantenga todo normal, y espere un momento a solas.]
  -> labelled

=== labelled ===
Skye se le queda mirando. No. ¿Por qué dice eso? # speaker: skye # show: skye:anxious
Él le pone la mano en el hombro. Sonríe, pero no con los ojos. # show: lee:impatient
Olvídese de la habitación. Nos vamos. # speaker: lee
-> leaving

=== challenged ===
Se le borra la expresión. # show: lee:impatient
¿Cómo dijo? # speaker: lee
Recoge los billetes del mostrador y toma a Skye de la manga. # show: skye:anxious
Vámonos. Hay otros hoteles. # speaker: lee
-> leaving

=== private ===
Le vibra uno de los teléfonos. Lo lee y vuelve al sillón, desde donde puede ver la recepción, pero no oír. # show: lee:calm
Dana pasa un comprobante por el mostrador. ¿Me firma aquí, linda? Es para la noche extra. # speaker: dana
Skye se queda en la recepción, con la pluma en la mano. Él está mirando. Usted tiene un minuto, quizás menos. # show: skye:guarded
* [Inclinarse hacia ella: "¿Cuántos años tiene de verdad? ¿Qué la obliga a hacer allá arriba?" # score: trust -2 # score: safety -2 # critical: interrogate_victim # why: Preguntar por su edad y por lo que pasa arriba es una entrevista, y eso le corresponde a un entrevistador forense capacitado. Con él mirando, además la pone en riesgo. Pregunte solo por su seguridad.]
  -> pressed
* [No decir nada, y quedarse cerca mientras ella firma # score: safety +1 # why: Acompañarla en silencio es seguro y no le pide nada. Pero ella no recibe ninguna señal de que no está en problemas, y quizás eso es lo que más necesita oír.]
  Firma despacio, y lo mira a usted dos veces.
  -> she_asks
* [Tomarla del brazo: "Venga conmigo a la oficina de atrás. Usted se va de aquí ahora mismo." # critical: detain_or_rescue # score: safety -2 # myth: myth.security_rescues # why: Llevar a una muchacha asustada a un cuarto de atrás no es seguridad; es un adulto más decidiendo por ella, y puede terminar en forcejeo. Quédese cerca, llame, y sea honesto sobre lo que va a pasar.]
  -> grabbed_arm
* [En voz baja, a su altura: "Usted no está en ningún problema. ¿Quiere agua?" # resolves: hotel.lookout_hall_lobby_lot # score: trust +2 # score: safety +1 # score: choice +1 # why: Decirle que no está en problemas y ofrecerle algo sencillo no le pide nada que tenga que explicar, y desde el sillón parece atención al cliente.]
  -> she_talks

=== she_talks ===
Toma el agua y sostiene el vaso con las dos manos. # show: skye:anxious
Estoy bien. Él me cuida. # speaker: skye
{ far_side.armchair:
  Se lo dice al sillón, no a usted. Él ha dejado los teléfonos, y está mirando la recepción, no los elevadores. # indicator: hotel.lookout_hall_lobby_lot
}
-> she_asks

=== she_asks ===
¿Estoy en problemas? # speaker: skye
Mira hacia el sillón. No dice nada más. # discuss: Ella no le ha dicho nada, y quizás es menor de 18 años. ¿Qué le debe usted ahora: tranquilidad, honestidad o las dos cosas?
* [Solo acompañarla con el agua, sin decir nada de lo que viene # score: safety +1 # score: trust -1 # why: La mantiene tranquila por ahora, y nada de lo que usted dice le llega a él. Pero cuando llegue la policía, ella se va a sentir engañada, y después es más difícil recuperar su confianza.]
  Toma el agua despacio. No deja de mirar hacia el sillón.
  -> first_call
* [Ser honesto: "No. Pero me preocupa usted, y cuando me preocupa que alguien pueda ser menor de 18, tengo que llamar a personas cuyo trabajo es proteger a los jóvenes. Le voy a ir diciendo lo que pasa." # score: trust +2 # score: choice +1 # why: A una persona joven no se le puede prometer secreto. Decírselo con claridad, y por qué, mantiene su confianza aunque no le guste.]
  Ella mira al piso. No dice que no.
  -> first_call
* [Prometerle: "No se preocupe. No le voy a decir a nadie, y nunca va a tener que volver con él." # critical: promise_cannot_keep # score: trust -2 # why: Usted tiene que pasar esto a quien corresponde, y no puede controlar lo que pase después. Una promesa que se rompe le enseña que quienes ayudan mienten. Sea honesto sobre lo que tiene que hacer.]
  Ella casi sonríe. Luego vuelve a mirar el sillón.
  -> first_call

=== pressed ===
Se le cierra la cara. # show: skye:anxious
Tengo diecinueve. Ya se lo dije a ella. ¿Por qué todos me siguen preguntando eso? # speaker: skye
Devuelve el comprobante por el mostrador y mira hacia el sillón. Nada más.
-> first_call

=== grabbed_arm ===
Ella se suelta del brazo y se echa para atrás contra el mostrador. # show: skye:anxious
¡Suélteme! # speaker: skye
Él cruza el vestíbulo en segundos. # show: lee:impatient
¿Qué le está haciendo? Skye. Aquí. Ya. # speaker: lee
-> leaving

=== first_call ===
# phase: act
Skye firma el comprobante y se va a sentar en el brazo del sofá, cerca de él. Nadie ha sufrido daño delante de usted. # show: lee:calm
Pero una persona joven que quizás es menor de 18 años se está quedando en la 312 con un hombre que no está en la reserva. # discuss: Usted no puede estar seguro de su edad. ¿Necesita estarlo antes de pasar esto? ¿Quién debe recibirlo, y qué tan rápido?
* [Esperar a tener algo más seguro sobre su edad, como una identificación o una fecha de nacimiento que cuadre, antes de llamar a nadie # score: report -2 # score: safety -1 # myth: myth.adultification # why: No necesita estar seguro. Una posible menor de edad en un papel de adulta, con un adulto que no es su familiar, es suficiente para que la policía y protección de menores lo revisen, y esperar le da tiempo a él para llevársela.]
  Usted lo anota todo y sigue observando.
* [Comunicarse por radio con {escalation_first}: policía y {child_protection_name}, por favor # score: report +2 # score: safety +1 # action: police # why: Ante una posible menor de edad, las órdenes de puesto mandan el caso a la policía y a protección de menores por medio del centro de control, que además guarda la grabación de las cámaras. Nadie está sufriendo daño delante de usted en este momento.]
  Le contestan de inmediato. Usted informa que hay una huésped que quizás es menor de 18 años en la 312, con un hombre que no está en la reserva.
  Ellos dan el aviso. La policía va en camino, a unos veinte minutos.
* [Marcar usted mismo {emergency_number}, ahora mismo # score: report +1 # score: safety +1 # action: emergency # why: Es rápido, y tratándose de una posible menor nadie se lo va a reprochar. Pero nadie está en peligro inmediato en este momento, y el centro de control puede reunir a la policía y a protección de menores, y guardar la grabación.]
  La operadora lo registra. Van a mandar una patrulla en cuanto haya una libre.
- -> buyer_moves

=== buyer_moves ===
Suena el elevador. Por el vidrio usted ve entrar al huésped de la habitación 208, el que preguntó por compañía. # sound: lift_chime # show: martin:guarded
Los números del piso, arriba de las puertas, van subiendo. Se detienen en el tres, no en el dos. # hide: martin
El teléfono de Skye se ilumina. Lo lee, y se pone pálida. # show: skye:anxious
Deja el vaso y camina hacia los elevadores. En el sillón, él ni levanta la vista. # requires: emergency # discuss: Un huésped que le pidió al personal "servicios para adultos" está en el piso de ella, y a ella la están mandando subir. ¿Qué le toca hacer a usted ahora mismo?
* [Pedirle a Dana, con voz normal, que llame a Skye para que termine de firmar el comprobante, y luego marcar {emergency_number} # score: safety +2 # score: report +1 # action: emergency # why: Retenerla en la recepción con un trámite de rutina quizás evite que suba, y no revela nada. Pero cada segundo antes de la llamada cuenta, y si ella no regresa, usted los perdió.]
  -> called_back
* [Ponerse delante de los elevadores: "Usted no va a subir." # critical: detain_or_rescue # score: safety -2 # why: Cerrarle el paso delante de él le dice a él lo que usted sabe y la deja a ella en medio. Marque el número de emergencias, y si puede, retenga a Skye en la recepción con algo de rutina.]
  -> blocked
* [Marcar {emergency_number} ahora, en voz baja, desde detrás de la recepción # score: safety +3 # score: report +2 # action: emergency # why: Una posible menor a punto de ser vendida con fines sexuales es una emergencia. Llame de inmediato, en voz baja, y dé los números de habitación.]
  -> called
* [Comunicarse otra vez por radio con {escalation_first} y preguntar cuánto va a tardar la policía # critical: no_emergency_call # score: safety -2 # why: Quizás están vendiendo a una menor en este momento. Eso es el número de emergencias, de inmediato, aunque ya venga alguien en camino.]
  -> radioed

=== called ===
Usted se hace a un lado junto a la recepción y marca {emergency_number}. Da el nombre del hotel, las habitaciones 208 y 312, y lo que ve, en voz baja: un hombre que pidió sexo está en el tercer piso, y a una muchacha que quizás es menor de 18 años la están mandando subir.
Las puertas del elevador se cierran detrás de Skye. # sound: lift_chime # hide: skye
-> police_arrive

=== called_back ===
Skye, linda, ¿me firma una vez más antes de subir? # speaker: dana
{variant == 2: Skye se detiene. Mira hacia el sillón. Él asiente, aburrido. Ella vuelve a la recepción.|Skye no se voltea. Las puertas del elevador se cierran detrás de ella.} # sound: lift_chime
{variant == 1: -> called_late}
Usted marca {emergency_number} desde la puerta de la oficina de atrás. Da el nombre del hotel, las habitaciones 208 y 312, y lo que ve.
Dana se toma mucho tiempo con el comprobante.
-> police_arrive

=== called_late ===
# hide: skye
Usted marca {emergency_number} de inmediato. Da el nombre del hotel, las habitaciones 208 y 312, y lo que ve.
-> police_arrive

=== police_arrive ===
{variant == 2: En el sillón, él mira su teléfono como si no pasara nada. Todavía está ahí cuando entra la policía.|Él lo mira a usted mientras habla por teléfono, luego se levanta y sale por la puerta lateral. # hide: lee}
Seis minutos después, llegan dos patrullas. Dos agentes suben directo al tercer piso.
La cámara del estacionamiento tiene grabados su carro y su placa.
# ending: safeguarded; La policía llegó a ella esa noche
Una trabajadora social del equipo de protección de menores llega a las tres. Usted no está en la habitación.
-> file_report(-> epilogue_safeguarded)

=== blocked ===
Skye se detiene en seco. Él se levanta del sillón al instante. # show: lee:impatient # show: skye:anxious
Usted no tiene nada contra mí. Ella se viene conmigo. # speaker: lee
-> leaving

=== radioed ===
Usted aprieta el botón del radio. Pasan unos segundos hasta que contesta {escalation_first}.
Lo primero que le dicen es: marque {emergency_number}, ya.
Para cuando usted marca, las puertas del elevador ya se cerraron detrás de Skye. # sound: lift_chime # hide: skye
El hombre del sillón ni levanta la vista. # show: lee:calm
-> late_call

=== late_call ===
La policía llega nueve minutos después y sube directo al tercer piso.
# ending: late; Llegó la policía, pero no a tiempo para evitar que ella subiera
El hombre del sillón ya se fue cuando los agentes vuelven a bajar.
-> file_report(-> epilogue_late)

=== leaving ===
# phase: act
Él lleva a Skye hacia la puerta lateral. Ella no mira a nadie. Él todavía tiene los billetes en la mano. # show: lee:impatient # show: skye:anxious
Un hombre que no está en la reserva se lleva hacia la noche a una muchacha que quizás es menor de 18 años. # requires: emergency # discuss: No puede detenerlos por la fuerza. ¿Qué puede hacer usted, ahora mismo, que le dé a ella la mejor oportunidad?
* [Pedirle a Dana que marque {emergency_number} mientras usted vigila el carro desde la puerta # score: safety +2 # score: report +1 # action: emergency # why: La llamada se hace de inmediato y usted sigue observando, lo cual está bien. Pero Dana vio menos que usted, y la operadora va a querer sus descripciones de primera mano; pasarlas por otra persona cuesta algo de tiempo y de detalle.]
  -> left_called_dana
* [Dejarlos ir, y escribir un buen informe para la mañana # score: safety -2 # score: report -2 # why: Las notas son buenas, pero una menor que se va con el hombre que quizás la explota necesita a la policía esta noche, no un informe en la mañana.]
  -> left_unreported
* [Desde adentro de la puerta lateral, marcar {emergency_number}: descripciones, el carro, hacia dónde va # score: safety +2 # score: report +2 # action: emergency # why: Una posible menor que se va con el hombre que quizás la explota es una emergencia. Llamar de inmediato, desde lejos, le da a la policía la mejor oportunidad de llegar a ella esta noche.]
  -> left_called
* [Meterse entre ellos y la puerta y separarla de él a la fuerza # critical: detain_or_rescue # score: safety -3 # myth: myth.security_rescues # why: Un forcejeo puede lastimarla a ella, a usted y a Dana, y lo vuelve a él más peligroso. Marque el número de emergencias y sea el mejor testigo que pueda.]
  -> struggle

=== left_called ===
Usted se queda adentro de la puerta lateral y marca {emergency_number}. Da el nombre del hotel, las dos descripciones y el carro. # hide: lee # hide: skye
Dana guarda la grabación del estacionamiento. Usted lee la placa en voz alta mientras el carro se va.
# ending: left_called; Ella se fue con él, y se llamó a la policía de inmediato
Su vaso de agua sigue en el mostrador.
-> file_report(-> epilogue_left_called)

=== left_called_dana ===
Dana marca {emergency_number} y da el nombre del hotel. Usted dice en voz alta lo que ve desde la puerta lateral, y ella lo repite. # hide: lee # hide: skye
Usted lee la placa en voz alta mientras el carro se va, y Dana la pasa.
# ending: left_called; Ella se fue con él, y se llamó a la policía de inmediato
Su vaso de agua sigue en el mostrador.
-> file_report(-> epilogue_left_called)

=== struggle ===
Usted trata de agarrarlo del brazo. Él se da la vuelta y arrastra a Skye con él. Ella cae contra el marco de la puerta y grita.
Él la suelta y corre a su carro. # sound: door_close # hide: lee
Skye está sentada en el piso, sujetándose la muñeca. Dana se arrodilla a su lado. # show: skye:anxious
Solo entonces alguien marca {emergency_number}.
# ending: hurt; Ella se quedó, pero el forcejeo la lastimó
Llega la policía, y poco después una trabajadora social. Skye no le dice ni una palabra a nadie de uniforme.
-> file_report(-> epilogue_hurt)

=== left_unreported ===
Salen caminando bajo la lluvia. En el monitor usted ve el carro salir del estacionamiento. # hide: lee # hide: skye
# ending: left; Ella se fue con él
Sus notas sobre la habitación 312 siguen en el mostrador.
-> file_report(-> epilogue_left)

=== epilogue_safeguarded ===
Una semana después, usted habla con {escalation_first}, que solo puede decirle que Skye tiene catorce años, que está con personas cuyo trabajo es ayudarla, y que la policía está investigando al hombre del sillón.
No se puede decir más.
-> aftermath

=== epilogue_late ===
Veinte minutos después, la policía baja a Skye envuelta en una cobija. Tiene catorce años. El huésped de la 208 sale con dos agentes.
La próxima vez, la llamada va primero.
-> aftermath

=== epilogue_left_called ===
Media hora después, la policía detiene el carro en la carretera. Usted solo se entera de que Skye está con una trabajadora social.
-> aftermath

=== epilogue_hurt ===
Tiene la muñeca torcida. Tiene catorce años. Dana dice que ella preguntaba una y otra vez si estaba en problemas.
La próxima vez, la llamada va primero.
-> aftermath

=== epilogue_left ===
{
- report_action == "emergency" || report_action == "police" || report_action == "hotline":
  Gracias a su informe, la policía busca el carro esa noche. En la mañana, todavía no lo han encontrado.
- else:
  La habitación 312 está vacía cuando el personal de limpieza toca a las diez. Nadie le da seguimiento.
}
-> aftermath

=== aftermath ===
{
- report_action == "emergency":
  Su informe va a la policía. Al día siguiente lo llama un agente para repasar con usted las palabras del huésped.
- report_action == "police":
  En el cambio de turno, después de leer su informe, {escalation_first} confirma que la policía y protección de menores lo tienen. Los datos de la reserva también se pasan a {hotline_name}.
- report_action == "hotline":
  En el cambio de turno, después de leer su informe, {escalation_first} le dice que se envió a {hotline_name}, pero que con una persona joven de por medio, la policía y {child_protection_name} lo necesitaban de inmediato.
- report_action == "supervisor":
  En el cambio de turno, después de leer su informe, {escalation_first} le dice que con una persona joven de por medio, tenía que llegar más lejos, y más rápido.
- report_action == "log":
  Su informe queda en la bitácora del turno. Con una persona joven de por medio, una nota en la bitácora por sí sola no era suficiente.
- else:
  Nada de esta noche queda en la bitácora. Para su siguiente turno, los detalles ya se están borrando.
}
El gerente del hotel pide que se deje una nota en la recepción: qué decir cuando un huésped pregunta por "compañía", y a quién llamar.
Su turno termina a las siete, y ya dejó de llover.
-> END
