// translation-of: sha256:d570b1abda87d5e8
# grammar: 1
# id: hotel.regular_guest
# title: Turno de noche: la huésped de la 412
# setting: hotel
# summary: Una huésped habitual de la habitación 412 ha recibido varias visitas esta noche, y la auditora de noche quiere saber qué va a hacer seguridad. Luego uno de los visitantes vuelve a bajar a la recepción, enojado.
# minutes: 10
# situation: not_trafficking
# minor: no
# variants: 2
# content_note: Esta historia trata de una adulta que vende servicios sexuales, de la preocupación de una compañera de trabajo por ella, y de un visitante que se enoja y exige cosas en la recepción. Se menciona la venta de sexo, pero nunca se describe. No se muestra violencia. Puede tomar una pausa en cualquier momento.
# focus: Distinguir el trabajo sexual de la trata de personas, y proteger a una huésped sin juzgarla
# character: dana; Dana; La auditora de noche en la recepción, de unos cincuenta años, con los lentes de leer colgados de un cordón. Su compañera esta noche.
# character: sasha; Sasha; Una huésped de unos treinta años, con suéter oscuro y jeans, con el teléfono en la mano. Es cliente habitual del hotel.
# character: brent; Brent; Un hombre de unos cuarenta años con chaqueta de golf, la cara roja y la llave de un carro en un llavero grande.
# distractor: not.late_arrival
# distractor: not.travels_light_short_stay
# distractor: not.adult_sells_sex_independently
# distractor: not.regular_guest
# teaches: myth.all_or_none_sex_work
# teaches: myth.one_flag_or_nationality

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

VAR checked_in = false

-> start

=== start ===
# phase: briefing
# bg: hotel_lobby_night
# ambience: lobby_night
# show: dana:guarded
Son las dos menos veinte de un miércoles en la noche. Usted tiene el turno de noche para {org_name} en el Lakeview Hotel.
Dana, la auditora de noche, le hace una seña para que se acerque a la recepción y baja la voz.
Otra vez la 412. Es el tercer hombre que sube desde las diez. # speaker: dana
Ella viene una vez al mes desde hace dos años. Reserva a su nombre, paga con su propia tarjeta. Siempre es amable. # speaker: dana
En la primavera tomé ese curso sobre trata de personas. ¿No deberíamos llamar a alguien? # speaker: dana # discuss: Dana está preocupada. ¿Qué necesitaría saber usted para que esto fuera una sospecha de trata de personas, y qué es ya?
+ ["Hizo bien en decírmelo. Déjeme dar una vuelta antes de decidir nada." # score: collaboration +1 # why: Agradecerle a una compañera que hable hace que la gente siga avisando. Pero todavía no ha dicho qué es lo que busca.]
  Dana asiente y vuelve a su pantalla.
+ ["¿Ella, o alguien que viene con ella, ha causado algún problema esta noche?" # score: observe +1 # score: culture +1 # why: Preguntar qué ha pasado de verdad lo mantiene en la conducta y la seguridad, lo que seguridad atiende con cualquier huésped, y no en una suposición sobre ella.]
  No. Nada de eso. Ella es tranquila. Ellos son tranquilos. Es que... son muchas visitas. # speaker: dana
+ ["¿Una mujer sola, y hombres subiendo toda la noche? Deberíamos pedirle que se vaya del hotel." # critical: profiling # score: culture -2 # score: trust -1 # why: Ser una mujer sola que recibe visitas no rompe ninguna regla, y actuar por eso es juzgarla por lo que parece ser. Las reglas del hotel se aplican a lo que hacen los huéspedes, igual para todos.]
  Dana se ve incómoda.
  ¿Y podemos hacer eso? Ella no ha hecho nada. # speaker: dana
+ ["Llame ahora a la línea de ayuda. Más vale prevenir." # score: culture -1 # score: report -1 # myth: myth.all_or_none_sex_work # why: Una remisión necesita señales de que otra persona la controla, y hasta ahora no hay ninguna. Tratar como víctima de trata a toda adulta que vende sexo manda ayuda adonde no la quieren y desgasta la confianza.]
  Dana duda, con la mano en el teléfono.
  Quizás usted debería mirar primero. # speaker: dana
- -> lobby

=== lobby ===
# phase: observe
El vestíbulo está casi vacío. Puede echar un vistazo antes de ir a cualquier lado.
- (around)
* [Mirar la pantalla de la recepción # observe: desk_screen # reveals: hotel.heavy_foot_traffic_room]
  El registro de visitas de esta noche: tres hombres a la habitación 412, uno por uno, cada uno durante una hora más o menos. Cada uno firmó al entrar y al salir en la recepción.
  La reserva está a nombre de ella, pagada por dos noches con su propia tarjeta.
  -> around
* [Mirar el monitor de la cámara del estacionamiento # observe: cctv_monitor # reveals: nothing]
  El estacionamiento está tranquilo. Una camioneta de reparto está estacionada ocupando dos espacios, sin nadie adentro.
  No hay nadie sentado en un carro vigilando las puertas. El carro pequeño de ella está en su lugar de siempre, debajo de la luz.
  -> around
* [Mirar el sillón que da a los elevadores # observe: lobby_armchair # reveals: nothing # ambiguous: hotel.lookout_hall_lobby_lot]
  {variant == 2: Un hombre con un traje arrugado está sentado en el sillón, con la corbata en el bolsillo, medio dormido.|Un hombre con un traje arrugado está sentado en el sillón, con una tableta sobre la rodilla.}
  El sillón da a los elevadores. Cuando suena el elevador, él levanta la vista, y luego la vuelve a bajar.
  Un huésped que no puede dormir, o alguien que vigila quién sube y quién baja. Desde aquí no se puede saber.
  -> armchair_word
* [Mirar al viajero del sofá # observe: sofa_traveller # reveals: nothing]
  Un mochilero joven duerme en el sofá con las botas puestas. Dana dice que están limpiando su habitación después de una salida tarde. No hay problema.
  -> around
+ [Volver a la recepción]
- -> desk

=== armchair_word ===
+ [Pasar junto al sillón: "Buenas noches. ¿Le puedo ayudar en algo?" # resolves: hotel.lookout_hall_lobby_lot # score: observe +1 # score: trust +1 # why: La pregunta que cualquier oficial de noche le hace a cualquier huésped aclara en una frase quién es él, y lo trata como huésped, no como sospechoso.]
  Se frota los ojos y le muestra el teléfono: un pase de abordar.
  Dice que el transporte al aeropuerto sale a las cuatro. Le cambiaron el vuelo, así que no valía la pena acostarse.
  Dana le dice desde la recepción que él dejó la 208 a la medianoche. Su maleta está detrás del mostrador.
+ [Dejarlo tranquilo. No ha hecho nada # score: trust +1 # why: Es cortés, y esperar no es motivo para interrogar a nadie. Pero en una noche en que Dana está preocupada, una palabra amable le habría dicho quién es, y usted vuelve a la recepción sin saberlo.]
  Usted sigue caminando.
- -> lobby.around

=== desk ===
# phase: talk
# show: brent:impatient
# requires: log
Se abre el elevador. Un hombre con chaqueta de golf cruza rápido el vestíbulo, haciendo sonar las llaves, y golpea el mostrador con las dos manos. # sound: lift_chime
La mujer de la 412 no me abre la puerta. Le pagué. Quiero que me devuelvan el dinero, o denme una llave. # speaker: brent
Dana se aparta un paso del mostrador y lo mira a usted.
+ ["Déjeme llamar a la habitación y pedirle que baje, para que lo arreglen aquí abajo." # score: safety -2 # score: choice -1 # why: La pone cara a cara con un hombre enojado al que ella acaba de rechazar. Fuera cual fuera el trato, ella tiene derecho a decir que no, y su seguridad va primero.]
  -> called_down
+ ["Si vino aquí a pagar por sexo, voy a llamar a la policía para los dos." # score: safety -1 # score: trust -2 # score: culture -1 # why: Convierte el problema en el trabajo de ella en vez de la conducta de él, y la amenaza con un arresto por rechazar a un hombre que se enojó. La próxima vez quizás ni siquiera llame a la recepción.]
  -> threatened
+ ["No hay llave, y no hablo de ningún huésped. Por favor, salga del hotel ahora." # score: safety +2 # score: trust +1 # why: Firme y breve: sin llave, sin decir nada de ella, y aplicando la regla del hotel a la conducta de él. La protege como protegería a cualquier huésped.]
  -> brent_leaves
+ [Darle una tarjeta llave de la 412 para que suba sin hacer ruido # score: safety -3 # score: trust -2 # why: Darle a un desconocido la llave de la habitación de una huésped la pone en peligro y rompe la primera regla de la recepción. Nadie recibe la llave de una habitación que no es suya.]
  -> gave_key

=== called_down ===
Dana marca a la 412 antes de que usted pueda cambiar de idea. Suena y suena.
Nadie contesta. Luego llega un mensaje de texto de su número al teléfono de la recepción: Por favor, no lo dejen subir. # show: sasha:anxious
Brent lo lee por encima del mostrador y suelta una grosería. Usted lo acompaña hasta la puerta.
-> brent_leaves

=== threatened ===
Brent se ríe.
Llámelos. Les voy a contar todo sobre ella. # speaker: brent
Se va de todos modos, despacio, mirando hacia los elevadores.
-> brent_leaves

=== gave_key ===
Dana le quita la tarjeta de la mano a usted antes de que él pueda tomarla. # show: dana:anxious
No. Eso no se hace. Nunca. # speaker: dana
Le dice a él que se vaya, y levanta el teléfono para llamar a la línea de la policía que no es de emergencias si no se va. Él se va, diciendo groserías.
-> brent_leaves

=== brent_leaves ===
# hide: brent
{variant == 2: En las puertas se detiene, se da la vuelta y dice que mañana vuelve. Luego se va.|Empuja las puertas y sale al estacionamiento. Un minuto después, su carro se va.}
Usted mira el monitor hasta que sus luces traseras dan vuelta hacia la calle.
-> check_on_her

=== check_on_her ===
El vestíbulo vuelve a quedar en silencio. Arriba, ella no sabe que él ya se fue.
+ [Dejarla tranquila. Él ya se fue, y ella no llamó. # score: safety -1 # why: Quizás ella era quien necesitaba saber que él se fue, y él dijo que iba a volver. Una llamada corta no cuesta nada.]
  -> no_check
+ [Llamar a la 412: decirle que él ya salió del edificio, y preguntarle si está bien # score: trust +2 # score: safety +1 # why: Con una llamada, ella decide si contesta o no, en su propia habitación, y se entera de lo único que necesita saber. Es lo que usted haría por cualquier huésped que tuvo un problema con un visitante.]
  ~ checked_in = true
  -> on_the_phone
+ [Subir y tocar: "¿Está trabajando esta noche? ¿Alguien la obliga a hacer esto?" # critical: labelling_question # score: trust -2 # why: Una pregunta que le pone una etiqueta, en su puerta, le dice que usted la ve como un caso, y casi siempre recibe un no. Si le preocupa que alguien la controle, busque señales e infórmelas; no le pida a ella que le ponga nombre.]
  -> labelled
+ [Subir y tocar en la 412 para ver en persona cómo está # score: safety +1 # why: Asegurarse de que está bien es lo correcto. Pero un uniforme en su puerta a las dos de la mañana también puede sentirse como un operativo, y el teléfono le habría dicho lo mismo con menos miedo.]
  ~ checked_in = true
  -> at_the_door

=== on_the_phone ===
# show: sasha:guarded
Ella contesta al cuarto timbre.
{variant == 2: ¿Sí? ¿Me van a sacar del hotel? # speaker: sasha|Ay, gracias a Dios. Gracias. No quería abrir la puerta. # speaker: sasha}
-> her_answer

=== at_the_door ===
# show: sasha:guarded
Abre la puerta con la cadena puesta y mira su uniforme un largo segundo.
{variant == 2: ¿Me van a sacar del hotel? # speaker: sasha|¿Ya se fue? # speaker: sasha}
-> her_answer

=== labelled ===
# show: sasha:impatient
Abre la puerta con la cadena puesta.
No. Nadie me obliga a nada. ¿De eso se trata? # speaker: sasha
Cierra la puerta. Unos minutos después llama a la recepción para preguntar por una salida anticipada.
# ending: checked_out; Ella se fue antes de tiempo
-> act

=== no_check ===
Una hora después suena el teléfono de la recepción. Es la 412.
¿Todavía está ahí abajo? Veo un carro en el estacionamiento. # speaker: sasha # show: sasha:anxious
Dana le dice que él ya se fue y que el carro es una camioneta de reparto. Hay una pausa larga antes de que ella diga gracias.
# ending: left_wondering; Ella pasó una hora sin saber que él ya se había ido
-> act

=== her_answer ===
# discuss: Ella pregunta qué piensa el hotel de ella. ¿Qué le responde, y qué no le corresponde a usted?
+ ["Esta noche no. Pero quizás el gerente quiera hablar con usted sobre las visitas." # score: trust -2 # score: culture -1 # why: Convierte el mal comportamiento de un visitante en una amenaza para ella, y hace menos probable que llame a la recepción la próxima vez que alguien sea peligroso.]
  -> warned
+ ["Nadie va a sacar a nadie. Llame a la recepción si él vuelve." # score: trust +1 # score: safety +1 # why: Tranquilizador y práctico, y deja la puerta abierta si él regresa. No dice nada sobre qué piensa el hotel de ella, que es lo que ella preguntó.]
  -> reassured
+ ["No. Usted es una huésped. Esto es por él, no por usted." # score: trust +2 # score: choice +1 # why: Claro y cierto. Las reglas del hotel se aplican a lo que hace la gente, y ella no hizo nada malo al rechazarlo.]
  -> reassured
+ ["Si alguna vez alguien la obliga a hacer esto, hay una línea de ayuda que le puedo dar." # score: trust -1 # myth: myth.all_or_none_sex_work # why: Lo dice con buena intención, pero nada de lo que usted ha visto indica que alguien la controle. Ofrecerle una línea contra la trata a una adulta que no ha mostrado ninguna señal le dice que usted ve a una víctima, no a una huésped.]
  -> offered_hotline

=== reassured ===
{
- variant == 2:
  Una pausa.
  Está bien. Gracias. # speaker: sasha # show: sasha:calm
  Es todo lo que dice.
- else:
  Después de cada visita le aviso a una amiga. Se va a alegrar. # speaker: sasha # show: sasha:relieved
  Ese estuvo raro desde el principio. A la gente así no la veo dos veces. Ya bloqueé su número.
}
# ending: respected; La trataron como a cualquier otra huésped
-> act

=== warned ===
Se queda callada un momento.
Ya veo. Mañana temprano me voy. # speaker: sasha # show: sasha:impatient
# ending: checked_out; Ella se fue antes de tiempo
-> act

=== offered_hotline ===
{variant == 2: Nadie me obliga a nada. Yo pago mis propias cuentas. # speaker: sasha|Qué... amable, supongo. Pero no. Esto es asunto mío. Estoy bien. # speaker: sasha}
# ending: respected; La trataron como a cualquier otra huésped
-> act

=== act ===
# phase: act
# hide: sasha
# show: dana:calm
De vuelta en la recepción, Dana tiene abierto el registro de visitas.
¿Entonces no era trata de personas? ¿Y qué la habría hecho trata de personas? # speaker: dana
+ ["Si estuviera vestida para eso y rondando el bar." # score: culture -2 # why: Cómo se viste una mujer o dónde se toma un trago no es señal de nada. Fijarse en eso es como se juzga mal a huéspedes inocentes y se pasa por alto el control real.]
  Dana levanta una ceja. La mitad de los invitados a las bodas se arreglan más que eso. # speaker: dana
+ ["¿Sinceramente? Cualquiera de ellas podría serlo. No se puede saber." # score: observe -1 # myth: myth.all_or_none_sex_work # why: Se puede saber mucho por lo que se ve. Una adulta en el comercio sexual es víctima de trata cuando hay fuerza, fraude o coerción; fíjese en quién controla sus movimientos, su dinero y sus documentos.]
  Dana frunce el ceño. Eso no ayuda mucho. # speaker: dana
+ ["Si se viera muy joven, o pareciera tenerle miedo a alguien, o si otra persona siempre hablara por ella." # score: observe +1 # why: Alguien que quizás es menor de 18 años siempre cambia el cuadro, y el miedo o un acompañante que contesta por ella son señales que vale la pena anotar. Quién tiene su llave, su identificación y su dinero es la señal más clara, y usted la dejó fuera.]
  Dana asiente despacio.
+ ["Si otra persona tuviera su llave, su identificación o su dinero." # score: observe +2 # why: Esas son las señales de que un tercero tiene el control: quién tiene la llave, la identificación y el dinero, y quién decide adónde va ella. Esta noche ella tenía todo eso en sus manos.]
  Dana lo escribe en una nota adhesiva y la pone debajo de su teclado.
- ¿Qué se anota en el libro esta noche?
+ [Comunicarse por radio con {escalation_first} sobre el visitante y la huésped de la 412, para que decidan qué hacer # action: supervisor # why: Está dentro de las normas, y al centro de control no le va a molestar. Pero no había nada que decidir: las reglas pedían una entrada en el registro, y una llamada les quita tiempo.]
  -> decided
+ [Anotar al visitante en el registro de incidentes: qué hizo y cuándo # action: log # score: report +2 # score: document +1 # why: Según las reglas del hotel, un visitante a quien se le pide que se vaya va en el registro de incidentes. La entrada es sobre la conducta de él, para que la recepción lo reconozca si vuelve.]
  -> decided
+ [Nada. Fue un asunto privado # score: report -1 # why: El trabajo de ella es asunto suyo, pero el comportamiento de él es asunto del hotel: un visitante que exigió una llave y a quien hubo que pedirle que se fuera va en el registro, o el siguiente turno se lo encuentra sin saber nada.]
  -> decided
+ [Remitir la habitación 412 a {hotline_name} junto con Dana # action: hotline # score: culture -2 # score: trust -1 # myth: myth.all_or_none_sex_work # why: Una remisión sobre ella, sin ninguna señal de que alguien la controle, convierte el trabajo propio de una adulta en un caso. Lo que pasó esta noche fue la conducta de él.]
  -> decided

=== decided ===
-> file_report(-> epilogue)

=== epilogue ===
{
- report_action == "log":
  Su entrada queda en el registro de incidentes: un hombre con chaqueta de golf, la hora, lo que pidió, y que se fue cuando se le pidió. No dice nada sobre la huésped de la 412, porque no hay nada que decir.
- report_action == "supervisor":
  Usted habla con {escalation_first}, que repasa su llamada con usted y le dice que con una entrada en el registro bastaba. Queda en el registro.
- report_action == "hotline":
  Usted habla con {escalation_first}, que le pregunta qué vio que indicara que otra persona tenía el control. En la remisión no hay nada más que visitas.
- report_action == "police" || report_action == "emergency":
  Usted habla con {escalation_first}, que lee su informe y le pregunta por qué se llamó a la policía por una huésped que no estaba en peligro y no había hecho nada malo.
- else:
  La noche siguiente, un hombre con chaqueta de golf le pide a la nueva recepcionista una llave de la 412. Nada en el registro le dice quién es.
}
-> aftermath

=== aftermath ===
En el cambio de turno, Dana lo repasa con el gerente de la mañana mientras usted escucha.
Nadie más tenía su llave, su identificación, su teléfono ni su dinero. Ella entraba y salía por su cuenta y nadie la esperaba. Eso no es trata de personas. # speaker: dana
Si un día alguien más tiene esas cosas, o la espera en el pasillo, o ella parece menor de 18 años, eso es distinto, y damos aviso. # speaker: dana
{checked_in: {variant == 2: Al mes siguiente, Sasha vuelve a reservar. Al entrar, saluda con la cabeza a la recepción de noche.|Al mes siguiente, Sasha vuelve a reservar. Deja una nota en la recepción: Gracias por la llamada.}|Nadie sabe si ella vuelve a reservar.}
Su turno termina a las siete.
-> END
