// translation-of: sha256:acc4b8a1414c50f3
# grammar: 1
# id: hotel.kitchen_porter
# title: Turno de noche: el lavaplatos
# setting: hotel
# summary: La cocina del restaurante está cerrando en la parte de atrás del hotel. El lavaplatos del que la chef no puede prescindir, enviado por una agencia de personal, le hace una pregunta junto a los contenedores de basura.
# minutes: 12
# situation: labour_trafficking
# minor: no
# variants: 2
# content_note: Esta historia trata de un trabajador de cocina, un adulto joven, que una agencia de personal colocó en el hotel. Toca quién tiene sus papeles y su sueldo, dónde duerme y un préstamo que sacó su familia. No se muestra violencia. Puede tomar una pausa en cualquier momento.
# focus: Un trabajador que le cae bien a todos, una chef que responde por él y el chofer de la agencia: qué debe saber el hotel, quién debe saberlo primero y qué decir delante del chofer
# character: sol; Sol; Un joven de unos veinte años con un delantal mojado y zuecos de cocina, que carga dos bolsas de basura.
# character: ruth; Ruth; La chef principal, una mujer de unos cincuenta años vestida de blanco de cocina, ruidosa y cariñosa, con un cigarro detrás de la oreja.
# character: wade; Wade; Un hombre de unos cuarenta años con chaleco polar, un gafete de la agencia de personal y un llavero. Maneja la camioneta blanca de la agencia.
# distractor: not.outside_contractor
# distractor: not.tired_or_shy
# distractor: not.speaks_other_language
# teaches: myth.initial_consent
# teaches: myth.only_underground
# teaches: myth.trauma_story_changes
# teaches: myth.locked_up

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

VAR padlocked = false

-> start

=== start ===
# phase: briefing
# bg: hotel_carpark_dusk
# ambience: carpark_evening
Son las nueve y veinte de un jueves de junio. La última luz se está yendo sobre el estacionamiento.
Usted está en el turno de noche para {org_name}. La cocina del restaurante está cerrando, y su puerta de personal da al costado del estacionamiento, junto a los contenedores y el área de fumadores.
El mismo lavaplatos joven ha sacado la basura en cada turno de noche que usted ha trabajado desde abril.
El oficial de día dejó una línea en el registro de relevo: Cuarto de calderas junto a la puerta de la cocina, otra vez sin llave a las 5 a. m. Adentro, una cobija y una bolsa del súper. Mantenimiento dice que no son suyas.
+ [Pedirle a mantenimiento que le ponga candado al cuarto de calderas esta noche # score: safety +1 # score: observe -1 # why: Un cuarto de calderas es un lugar peligroso para dormir, así que el candado importa. Pero cerrarlo antes de saber quién estaba ahí solo mueve el problema a un lugar donde usted no lo ve.]
  ~ padlocked = true
  Mantenimiento dice que lo pondrán antes de la medianoche.
+ [Incluir el cuarto de calderas en sus rondas, y anotar lo que encuentre y a qué hora # score: observe +1 # score: document +1 # why: Mirar primero y anotar las horas crea un registro sin decidir todavía nada sobre quien lo ha estado usando.]
  Usted lo agrega a sus rondas.
+ ["Alguien ha estado durmiendo ahí atrás. Voy a pedirle a la policía que pase y saque a quien sea." # score: safety -1 # score: trust -1 # why: Tratar como intruso a quien duerme ahí, antes de saber quién es, puede meter en más problemas a una persona que tal vez no tiene otro lugar adonde ir.]
  El centro de control le dice que primero revise, y que llame si hay algún problema.
+ ["No es asunto mío." # score: observe -1 # why: Una cama armada en un cuarto de calderas merece una mirada. Quien duerme ahí puede ser asunto de un huésped, del personal o una persona en problemas, y el registro no le dice cuál.]
  Usted da vuelta a la página.
- Usted anota la hora: 9:20. # requires: log
  -> lot

=== lot ===
# phase: observe
Usted camina por el costado del estacionamiento hacia la puerta de la cocina.
- (around)
* [Mirar el área de fumadores junto a los contenedores # observe: smokers_shelter # reveals: hotel.few_possessions_long_stay]
  El área de fumadores del personal: una banca, una cubeta con arena, un cenicero.{padlocked: La puerta del cuarto de calderas, al lado, tiene un candado nuevo.}
  Detrás, en el hueco junto a la pared del cuarto de calderas, hay una bolsa del súper escondida. Un cepillo de dientes, un cargador de teléfono, una camisa de trabajo doblada y una cobija bien enrollada.
  -> around
* [Mirar el carro plateado con un conductor esperando # observe: waiting_car # reveals: nothing # ambiguous: hotel.lookout_hall_lobby_lot]
  Un hombre está sentado en una camioneta familiar plateada con el motor apagado, estacionada de frente a la puerta de la cocina. Ya estaba ahí cuando usted salió.
  Cada vez que se abre la puerta de la cocina, levanta la vista del teléfono.
  -> around
* [Mirar la camioneta blanca # observe: minibus # reveals: nothing]
  Una camioneta blanca con un letrero magnético de una agencia de personal en la puerta: Lakeline Hospitality Staffing. El hotel usa agencias para la cocina y para limpieza, como la mayoría de los hoteles del pueblo.
  {variant == 2: El motor está encendido. Un hombre con chaleco polar está al volante con una tablilla, de frente a la puerta de la cocina.|Está cerrada y vacía, estacionada ocupando dos lugares del personal.}
  -> around
* [Mirar la recepción por las puertas de entrada # observe: entrance_doors # reveals: hotel.guest_withholds_id_details]
  En la orilla del mostrador está abierta la carpeta de registro de contratistas.
  Las líneas de la cocina de Lakeline tienen solo nombres de pila, sin apellidos. En la columna de identificación, una misma mano escribió "en poder de la agencia" para los seis, todos los días de esta semana, con entrada a las 7 a. m. y salida a las 10 p. m. o más tarde.
  -> around
* [Mirar el carrito de equipaje # observe: luggage_trolley # reveals: nothing]
  Mochilas deportivas con el escudo de un club de fútbol juvenil. Un papá mete el carrito de una mochila a la vez, discutiendo de buen humor por teléfono sobre el desayuno.
  -> around
+ [Caminar hacia la puerta de la cocina]
- -> bins

=== bins ===
# phase: talk
# show: sol:guarded
La puerta de la cocina se abre de golpe. Un joven con un delantal mojado y zuecos de cocina arrastra dos bolsas de basura al contenedor y las avienta adentro. La tapa se atora, y tiene que bajarla a la fuerza.
Ve su uniforme y se detiene. Se limpia las manos en el delantal, y voltea a ver la puerta antes de hablar.
Disculpe. ¿El hotel guarda los papeles del personal? # speaker: sol
+ ["Recursos Humanos tiene un expediente de cada persona que contrata el hotel, y las agencias tienen el suyo. ¿Necesita algo del suyo?" # score: trust +1 # why: Es honesto y útil. Pero también contesta una pregunta que tal vez él no estaba haciendo, y puede quedarse con esa respuesta e irse.]
  -> hr_answer
+ ["¿Alguien le quitó su pasaporte?" # score: trust -2 # score: observe +1 # why: Le pone sus palabras en la boca antes de que él diga nada, y una pregunta cerrada así casi siempre recibe un no rápido.]
  -> passport_asked
+ ["¿Cuáles papeles?" # score: trust +1 # score: observe +1 # why: Una pregunta corta y abierta le deja decir lo que quería decir, o nada. No adivina por él.]
  -> which_papers
+ ["Ni idea, perdón. Pregúntele a su gerente." # score: trust -1 # score: observe -1 # why: Se arriesgó al preguntarle algo a alguien de uniforme. Mandarlo con su gerente puede mandarlo justo con la gente que le preocupa.]
  -> brushed

=== which_papers ===
Lo piensa demasiado tiempo.
Para el banco. Un formulario. No es importante. # speaker: sol
-> ruth_out

=== hr_answer ===
La agencia. Ya veo. # speaker: sol
Asiente, como si esa fuera la respuesta que esperaba.
Gracias. # speaker: sol
-> ruth_out

=== passport_asked ===
Da un paso atrás. # show: sol:anxious
No. Nadie. Tengo todo. # speaker: sol
Perdón. Mala pregunta. # speaker: sol
-> ruth_out

=== brushed ===
Está bien. Perdón. # speaker: sol
Se vuelve hacia el contenedor y baja la tapa.
-> ruth_out

=== ruth_out ===
# show: ruth:calm
La puerta se abre de golpe otra vez. La chef principal sale con su ropa blanca, prende un cigarro y se sienta en el área de fumadores.
¡Ahí está! No me vaya a robar a mi lavaplatos, oficial. Es el mejor que he tenido en veinte años. # speaker: ruth
Todos los turnos, nunca llega tarde, nunca se queja de nada. Le juro que vive aquí. # speaker: ruth
Sol le sonríe al piso.
+ ["Él tiene suerte de tenerla a usted, Chef." # score: trust +1 # why: Cálido y normal, y no hay nada ahí que preocupe a Sol. Tampoco le dice nada nuevo.]
  -> ruth_talks
+ ["¿Todos los turnos? ¿Nunca tiene un día libre?" # score: observe +1 # score: safety -1 # why: Ruth va a contestar con gusto y usted se entera de algo real. Pero Sol oye que usted pregunta por él, y una chef que lo quiere puede repetírselo a la agencia.]
  -> ruth_days
+ ["Chef, entre nosotros, creo que esa agencia se está aprovechando de él. ¿Puede estar pendiente y avisarme?" # score: safety -2 # score: trust -1 # why: Ruth no tiene nada que ver, pero ahora tiene su sospecha, dicha delante de Sol. Una chef enojada por él puede llamar a la agencia esta noche, y es él quien lo paga.]
  -> ruth_told
+ ["¿Es el que la viene a recoger, el del carro plateado? ¿Larga noche ahí adentro?" # resolves: hotel.lookout_hall_lobby_lot # score: observe +1 # score: trust +1 # why: Una pregunta fácil sobre su noche, no sobre Sol, deja hablar a una chef platicadora, y aclara quién es el hombre del carro.]
  -> ruth_ride

=== ruth_ride ===
Es mi Walt. Veintiséis años, y nunca ha llegado tarde a recogerme. # speaker: ruth
Saluda con la mano al carro plateado. El hombre le devuelve el saludo.
-> ruth_talks

=== ruth_days ===
¿Día libre? No desde abril. La agencia los tiene siete días. Ya le dije a Hal que eso no está bien, pero es su contrato. # speaker: ruth
-> ruth_talks

=== ruth_told ===
La cara de Ruth se endurece.
¿Aprovechándose? Mañana temprano les llamo y les digo lo que pienso de ellos. # speaker: ruth # show: ruth:impatient
Sol la mira a ella, luego a usted, y se le cierra la cara. # show: sol:anxious
-> ruth_talks

=== ruth_talks ===
Sesenta cubiertos y una boda esta noche, y él está aquí desde las siete de la mañana. # speaker: ruth
La agencia los trae a las siete y se los lleva cuando se lava la última olla. Vive en la casa de ellos con otros siete. # speaker: ruth # indicator: hotel.staff_contractor_exploitation
Le guardo un plato todas las noches. No quiere comer en el comedor del personal. Dice que le descuentan el descanso. # speaker: ruth # indicator: hotel.guest_injured_deprived
La agencia hace todo por nosotros. Tengo suerte, Chef. # speaker: sol # indicator: hotel.confused_rehearsed_guest
Le sale fácil y rápido, como una frase de un formulario.
Ruth apaga el cigarro.
Bueno. Las ollas. No me lo entretenga mucho, oficial. # speaker: ruth
Vuelve a entrar. # hide: ruth # sound: door_close
{
- variant == 2:
  -> watched
- else:
  -> alone
}

=== alone ===
Sol se queda junto al contenedor. El estacionamiento está tranquilo. Por la ventana de la cocina se ve a un hombre con chaleco polar y gafete de la agencia en la oficina del restaurante, revisando hojas de horas con el gerente.
Le vibra el teléfono a Sol. Contesta en otro idioma, en voz baja, dice unas palabras y cuelga.
Mi mamá. # speaker: sol
# discuss: Sol está solo un minuto o dos. ¿Qué podría decirle que deje el siguiente paso en sus manos?
+ ["¿Es buen momento para hablar? Nadie está en problemas." # score: trust +1 # score: safety +1 # why: Asegurarse primero de que es seguro está bien. Pero también le pide decidir ahora, con el chofer a una ventana de distancia.]
  -> opens_up
+ ["Nadie debería dormir en un cuarto de calderas. Mañana voy a hablar discretamente con la agencia sobre su cama." # score: safety -2 # score: trust -1 # why: Ir a la agencia en su nombre les dice exactamente quién habló. Él no se lo pidió, y es él quien se va a casa en su camioneta.]
  -> agency_word
+ ["Usted preguntó por unos papeles. Casi todas las noches estoy por aquí, por si algún día quiere terminar esa pregunta." # score: trust +2 # score: choice +1 # why: Retoma sus propias palabras, no pide nada y le deja a él decidir si dice más, y cuándo.]
  -> opens_up
+ ["¿Quién tiene su pasaporte, Sol? ¿Es el chofer? ¿Cuánto les debe?" # critical: interrogate_victim # score: trust -2 # why: Tres preguntas sobre la explotación, rápido, con el chofer a una ventana de distancia. Esas preguntas son para personas capacitadas, a su ritmo, y convierten un minuto privado en un interrogatorio.]
  -> pressed

=== pressed ===
Mira la ventana de la oficina del restaurante. # show: sol:anxious
No sé. Tengo que terminar. # speaker: sol
Vuelve a entrar antes de que usted pueda decir nada más. # hide: sol # sound: door_close
-> wade_out

=== agency_word ===
Sol se queda muy quieto.
No. Por favor. No les diga nada. # speaker: sol # show: sol:anxious
Levanta la caja vacía y vuelve a entrar. # hide: sol # sound: door_close
-> wade_out

=== opens_up ===
Mira la puerta de la cocina, luego la camioneta.
La agencia tiene mi pasaporte. Por la visa, dicen. # speaker: sol
Mi mamá firmó el préstamo, para el boleto y la visa. Si causo problemas, me mandan a mi país, y el préstamo sigue siendo de ella. # speaker: sol # indicator: hotel.staff_contractor_exploitation
Algunas noches la casa está llena. Entonces duermo ahí. A nadie le importa. # speaker: sol
Señala con la cabeza el cuarto de calderas.{padlocked: Luego ve el candado nuevo, y desvía la mirada.} Luego, por primera vez, lo mira a los ojos.
No le diga a la Chef. Por favor. Ella les va a llamar, y van a saber que fui yo. # speaker: sol # show: sol:anxious
# discuss: Hace unos minutos le dijo a la chef que tenía suerte. ¿Qué cambió? ¿Eso lo hace menos creíble?
+ [Escribir {hotline_phone} en el reverso de una lista de recolección de basura y dársela sin decir nada # score: choice +1 # why: Un recurso que puede esconder, sin presión. Pero no sabe qué va a hacer usted después, y puede creer que nadie más se va a enterar.]
  -> number_silent
+ ["Sí tengo que decirle al centro de control lo que vi. No voy a ir con la agencia ni con la Chef. Y aquí tiene un número al que puede llamar usted, cuando quiera." # score: trust +2 # score: choice +1 # why: Honesto sobre lo que tiene que pasar y sobre quién no se va a enterar, y una forma de pedir ayuda que sigue siendo suya.]
  -> number_given
+ ["Queda entre nosotros. Se lo prometo." # critical: promise_cannot_keep # score: trust -2 # why: No puede cumplir eso: lo que vio tiene que ir al centro de control. Cuando él se entere, aprenderá que quienes ayudan le dicen lo que quiere oír.]
  -> promised
+ ["Venga conmigo adentro ahora, y desde la oficina de seguridad llamamos a gente que puede ayudar. El chofer no va a ver." # score: trust +1 # score: choice -1 # why: Es amable, y ofrece una puerta que se cierra. Pero le pide decidir esta noche, con la camioneta a punto de irse, y sus tiempos tal vez no son los de usted.]
  -> office_now

=== number_given ===
Usted escribe {hotline_phone} en el reverso de una lista de recolección de basura. Parece cualquier otro papel de los que hay junto al contenedor.
Es de {hotline_name}.{hotline_not_police: No son la policía.}{hotline_languages: Pueden ayudarle en {hotline_languages}.} # speaker: officer
Él lo dobla chiquito y lo guarda dentro de la funda de su teléfono.
-> wade_out

=== number_silent ===
Usted escribe {hotline_phone} en el reverso de una lista de recolección de basura y se la extiende.
Él la lee, la dobla chiquita y la guarda dentro de la funda de su teléfono.
-> wade_out

=== promised ===
Asiente, pero sus ojos vuelven a la ventana de la oficina.
Está bien. # speaker: sol
-> wade_out

=== office_now ===
Niega con la cabeza.
Esta noche no. Wade nos cuenta en la camioneta. # speaker: sol # show: sol:anxious
De todos modos, usted le da el número en una lista de recolección de basura. Él la toma.
-> wade_out

=== watched ===
La camioneta sigue con el motor encendido, con los faros apuntando a la puerta de la cocina. Sol amarra la última bolsa.
La bocina suena una vez, corta. Sol se sobresalta con el ruido, y luego sigue con el nudo como si nada.
# discuss: El chofer está mirando desde la camioneta. ¿Qué puede hacer por Sol ahora mismo sin ponerlo en riesgo, si es que puede hacer algo?
+ ["Sol, ¿me echa la mano con la tapa de este contenedor, aquí a un lado? Siempre se atora." # score: trust +1 # score: safety -1 # why: Un encargo pequeño y de rutina podría darle un minuto fuera de la vista de la camioneta. Pero el chofer está mirando, y si dice que no, usted tiene que dejarlo.]
  -> pretext
+ [Despedirse de Sol con la cabeza, y dejar que se vaya a la camioneta # score: safety +2 # why: Con el chofer mirando, una despedida normal mantiene a Sol fuera de problemas. Lo que usted ya vio es suficiente para informar.]
  -> let_go
+ ["¿La agencia lo obliga a dormir aquí afuera, Sol? Me lo puede decir." # critical: suspicion_in_front_of_controller # score: safety -2 # why: Preguntado donde el chofer puede verlo contestar, muestra lo que usted sospecha. Él no puede contestar sin riesgo, y puede pagar por esa conversación después.]
  -> asked_watched

=== let_go ===
Sol levanta la mano y camina hacia la camioneta.
-> wade_out

=== asked_watched ===
No. No. Yo vivo en la casa. # speaker: sol # show: sol:anxious
Otra vez la bocina, más larga. Se va.
-> wade_out

=== pretext ===
Sol mira la camioneta antes de contestar.
Baja la ventanilla del chofer. # show: wade:impatient
Ya terminó. Sol. A la camioneta. # speaker: wade
+ [Dejar caer una tarjeta de la línea de ayuda junto al contenedor, por donde Sol va a pasar # score: trust +1 # score: safety -1 # why: Podría llegarle. Pero el chofer está mirando el contenedor, y si le encuentra a Sol una tarjeta de la línea de ayuda, es Sol quien tiene que dar explicaciones.]
  -> card_dropped
+ ["Son dos minutos. Me ayuda y luego se va." # critical: suspicion_in_front_of_controller # score: safety -2 # why: Insistir después de un no le muestra al chofer que usted quiere a Sol a solas. Se va a preguntar por qué, y Sol lo va a sentir en la camioneta.]
  -> pushed
+ [Dejarlo así. Despedir a Sol con la mano y terminar sus rondas # score: safety +2 # why: El chofer ya dijo que no a cualquier momento a solas. Detenerse aquí mantiene a Sol fuera de problemas. Lo que lo ayuda esta noche es el informe, no una palabra en privado.]
  -> stopped

=== stopped ===
Sol levanta la mano y camina hacia la camioneta.
-> wade_out

=== pushed ===
Sol ya va caminando hacia la camioneta.
El chofer se le queda mirando por encima de la puerta abierta. # show: wade:impatient
-> wade_out

=== card_dropped ===
Sol pasa por encima de la tarjeta sin mirar abajo. Todavía está ahí cuando los faros de la camioneta la barren al dar la vuelta.
-> wade_out

=== wade_out ===
{
- variant == 2:
  El chofer se baja de la camioneta mientras Sol se sube a la última fila. # show: wade:guarded
  En su gafete, junto con las llaves de la camioneta, trae un montón grueso de tarjetas del banco sujetas con una liga. Las revisa con el pulgar y pasa una por la ventanilla.
- else:
  Se abre la puerta del personal. Sale un hombre con chaleco polar y una tablilla, con las llaves colgando. # show: wade:calm
  Sol. Camioneta. Cinco minutos. # speaker: wade
  Sol se sobresalta al oír la voz. {pressed || agency_word: Sale otra vez con la última bolsa, rápido,|Levanta la caja vacía, rápido,} y no mira a ninguno de los dos. # show: sol:guarded
  En el gafete del hombre, junto con las llaves de la camioneta, hay un montón grueso de tarjetas del banco sujetas con una liga. Las revisa con el pulgar, saca una y se la da a Sol.
}
Es tuya. Para la comida de mañana. Me la devuelves el viernes. # speaker: wade # indicator: hotel.companion_holds_id_money_keys
{variant == 2: Camina hacia usted, con las llaves colgando.|Luego se vuelve hacia usted.}
{variant == 2: Si quiere preguntarle algo a mi muchacho, me pregunta a mí.|¿Se le ofrece algo, oficial?} # speaker: wade
+ [No decir nada. Mirar las tarjetas, y luego a él # score: safety -1 # why: El silencio se lee como un desafío. Le dice que usted se dio cuenta, y a usted no le da nada a cambio.]
  -> wade_stare
+ ["¿Sol tiene dónde dormir esta noche? Alguien ha estado durmiendo en el cuarto de calderas." # score: observe +1 # score: safety -1 # why: Es una pregunta justa de seguridad, y recibe una respuesta. Pero le dice al chofer que seguridad se fijó en Sol, y a Sol le pueden preguntar por qué.]
  -> wade_bed
+ ["¿De quién son esas tarjetas?" # critical: confront_controller # score: safety -2 # why: Es un desafío al hombre que las tiene. Él ya tiene lista una respuesta, y Sol es quien va sentado en su camioneta después.]
  -> wade_confronted
+ ["Nada más hago mi ronda. La tapa del contenedor se volvió a atorar, así que voy a pedirle a mantenimiento que la arregle. Que pase buena noche." # score: safety +2 # score: observe +1 # why: Aburrido, cierto y completo. El chofer no tiene motivo para pensar en Sol esta noche, y usted ya vio las tarjetas.]
  -> wade_fine

=== wade_fine ===
Suerte con esa tapa. # speaker: wade
-> van_leaves

=== wade_confronted ===
{variant == 2: Yo las cuido. Usted es seguridad del hotel, no la junta laboral. Si tiene un problema con mi gente, llame a mi oficina. # speaker: wade # show: wade:impatient|Del equipo. Yo se las cuido, si no, pierden todo. Pregunte en la oficina, le van a decir lo mismo. # speaker: wade # show: wade:impatient}
Se guarda el montón en el bolsillo. Sol ya está en la camioneta.
-> van_leaves

=== wade_bed ===
{variant == 2: Tiene cama en la casa, igual que todos. Usted es seguridad del hotel, no la junta laboral. # speaker: wade # show: wade:impatient|Tiene cama en nuestra casa. Nadie duerme en ningún cuarto de calderas. Pregúntele a quien quiera. # speaker: wade}
Mira a Sol un momento de más.
-> van_leaves

=== wade_stare ===
Sonríe como si usted hubiera dicho algo chistoso, y camina hacia la camioneta. # show: wade:impatient
-> van_leaves

=== van_leaves ===
# hide: wade
# hide: sol
Seis de ellos se suben a la camioneta. Sol se sienta en la última fila, con la cabeza contra la ventana.
Usted anota la placa cuando sale del lugar del personal.
# requires: hotline
-> notes

=== notes ===
# phase: act
De vuelta en la oficina de seguridad, usted abre su libreta.
# discuss: ¿Qué va en sus notas y qué se queda fuera? ¿Quién podría leerlas algún día?
+ [Tomar fotos del cuarto de calderas, de la bolsa detrás del área de fumadores y de la placa de la camioneta, y agregarlas a las notas # score: document +1 # score: choice -1 # why: La placa es útil. Fotografiar las pocas cosas de un hombre, donde duerme, es más de lo que necesita un informe, y no le toca a usted decidir que a él no le va a importar.]
  -> ruth_asks
+ [Horas, lugares, la placa y lo que dijo cada persona, con sus palabras. Nada que usted no haya visto u oído # score: document +2 # why: Los hechos y las citas, escritos mientras están frescos, son lo que pueden usar quienes le den seguimiento. Las etiquetas y las suposiciones no.]
  -> ruth_asks
+ [Escribir "El chofer de la agencia está explotando al equipo de cocina (trata de personas)." Todos deberían saber lo que es esto # score: document -1 # score: safety -1 # why: Es una conclusión, no una observación. No se puede comprobar, y si la agencia o el hotel la leen primero, pone sobre aviso a las personas que nombra.]
  -> ruth_asks
+ [Una línea: "Trabajador de la agencia posiblemente duerme en el cuarto de calderas." Lo demás puede esperar # score: document +1 # score: observe -1 # why: Es cierto y cuidadoso. Pero deja fuera las tarjetas, los papeles, las horas y el préstamo, que son lo que hace de esto algo más que una nota para mantenimiento.]
  -> ruth_asks

=== ruth_asks ===
# show: ruth:guarded
Ruth toca la puerta de la oficina con el abrigo puesto y las llaves del carro en la mano.
¿Qué está pasando con esa agencia? ¿Sol está en problemas? # speaker: ruth
Voy a llamar a Hal, es el gerente de turno esta noche. Él puede hacer que Recursos Humanos cancele ese contrato mañana temprano. # speaker: ruth
# discuss: El hotel contrata a la agencia, y Ruth quiere actuar esta noche. ¿Quién debe enterarse de esto primero, y por qué?
+ ["Llame a Hal esta noche, Chef. El hotel contrata a esa agencia, así que el hotel es quien debe encargarse." # score: collaboration +1 # score: safety -2 # why: El hotel sí tiene que saberlo, a tiempo. Pero una llamada esta noche llega a la agencia en la mañana, y Sol es el primero a quien van a mover o castigar.]
  -> hotel_first
+ ["Quitarle el pasaporte a alguien es un delito. Voy a llamar a la policía." # score: choice -2 # score: safety -1 # action: police # why: Es un adulto sin peligro inmediato que no ha pedido a la policía. Llamarla de todos modos le quita la decisión, y puede exponerlo a problemas migratorios o al enojo de la agencia.]
  -> police_called
+ [Pedirle a {escalation_first} que haga con usted la remisión a la línea de ayuda esta noche. Ruth solo sabe que está en buenas manos # score: report +2 # score: collaboration +1 # action: hotline # why: Las órdenes de puesto ponen primero al centro de control, y la remisión lo deja con personas capacitadas para darle seguimiento. El centro de control decide con ellas cuándo avisar al hotel, para que la agencia no se entere primero.]
  -> referred
+ [Llamar por radio a {escalation_first} y pedir que el gerente general suspenda el contrato de la agencia a primera hora # score: collaboration +1 # score: safety -1 # action: supervisor # why: Ir primero al centro de control está bien, y el hotel sí tiene que actuar con su contratista a tiempo. Pero cancelar el contrato antes de que alguien capacitado lo revise le avisa primero a la agencia, y mueve a su equipo antes de que alguien pueda ayudarles.]
  -> contract_pulled
+ ["Eso es asunto de la agencia, Chef, no nuestro." Luego anotarlo en el registro # score: report -2 # action: log # myth: myth.only_underground # why: La trata con fines de explotación laboral ocurre en cocinas de hotel comunes, por medio de agencias que el hotel casi no conoce. Una anotación en el registro no le llega a nadie que pueda actuar.]
  -> logged

=== referred ===
Usted llama por radio a {escalation_first} y le lee sus notas: las horas, la carpeta de registro, las tarjetas en el gafete, la placa, {variant == 2: y lo que le dijo la chef.|y lo que dijo Sol, con sus palabras.}
{escalation_first} lo registra y dice que harán la remisión a {hotline_name} con usted después del turno, y que decidirán con ellos cuándo avisar al hotel.
Ruth, ya está con las personas a quienes les toca esto. Lo mejor que puede hacer es seguir guardándole un plato. # speaker: officer
Ruth se le queda mirando un largo rato, y luego asiente. # show: ruth:calm
# ending: referred; Pasó al centro de control, y de ahí a la línea de ayuda
-> file_report(-> epilogue)

=== hotel_first ===
Ruth llama a Hal desde el teléfono de la oficina. Hal llama a Recursos Humanos a su casa. Recursos Humanos le manda un correo a Lakeline a las siete de la mañana siguiente para decir que el contrato está en revisión.
# ending: agency_heard_first; La agencia se enteró primero por el hotel
-> file_report(-> epilogue)

=== contract_pulled ===
Usted llama por radio a {escalation_first}. Ellos se lo pasan al gerente general, como usted pidió.
A las nueve de la mañana siguiente, el hotel ya suspendió el contrato con Lakeline. Al mediodía llega una camioneta de Lakeline a vaciar los casilleros de su equipo.
# ending: contract_pulled; Cancelaron el contrato antes de que alguien pudiera darle seguimiento
-> file_report(-> epilogue)

=== police_called ===
Una patrulla pasa a las once y media. Para entonces, la camioneta ya se fue.
La tarde siguiente, un agente visita la oficina de la agencia. Wade le muestra los contratos y las visas del equipo, todo en orden, todo en la caja fuerte de la agencia.
# ending: police_override; La policía fue a la agencia, y la agencia se movió primero
-> file_report(-> epilogue)

=== logged ===
Usted escribe dos líneas en el registro del turno y vuelve a sus rondas.
Ruth se va a su casa en el carro plateado. # hide: ruth
# ending: logged; Quedó en el registro
-> file_report(-> epilogue)

=== epilogue ===
{
- report_action == "hotline":
  Dos semanas después, {escalation_first} le dice que {hotline_name} tiene el caso, y que ya se involucró, con discreción, al encargado de contratos del hotel. Es todo lo que usted sabe.
- report_action == "supervisor":
  {escalation_first} lee su informe y le pregunta por qué se quedó ahí. Con tantas señales, las órdenes de puesto indican la remisión a la línea de ayuda.
- report_action == "police" || report_action == "emergency":
  {escalation_first} lee su informe. Sol es un adulto, nadie estaba en peligro inmediato, y él no pidió a la policía.
- report_action == "log":
  Su informe queda en el registro del turno. Nadie fuera del edificio lo lee.
- else:
  Nada de lo de esta noche queda en el registro.
}
{
- hotel_first || police_called || contract_pulled || ruth_told:
  El lunes, todas las caras del equipo de Lakeline en la cocina son nuevas. Ruth le pregunta a la agencia adónde se fue Sol. Le dicen que lo movieron con otro cliente.
- number_given || number_silent || office_now:
  El sábado en la noche, Sol saca la basura como siempre. Lo saluda con la cabeza. La funda del teléfono es la misma.
- variant == 2:
  El sábado en la noche, Sol saca la basura como siempre, y la camioneta espera con el motor encendido y los faros sobre la puerta de la cocina.
- else:
  El sábado en la noche, Sol saca la basura como siempre. No voltea a verlo.
}
Su turno termina a las seis.
-> END
