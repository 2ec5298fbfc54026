// translation-of: sha256:3955c8a5680da39e
# grammar: 1
# id: transit.station_begging
# title: Turno de noche: al pie de las escaleras
# setting: transit
# summary: Un pasajero se quejó de un joven que pide dinero al pie de las escaleras del andén 2, y la política de la estación dice que a las personas que piden dinero se les pide que se retiren. Es una noche fría, en la última hora de servicio.
# minutes: 12
# situation: labour_trafficking
# minor: yes
# variants: 2
# content_note: Esta historia trata de una persona joven, que puede o no ser menor de 18 años, que pide dinero todos los días en una estación de tren, de un hombre que recoge el dinero, de una herida sin atender y del miedo a la policía. No se muestra violencia. Puede tomar una pausa en cualquier momento.
# focus: Una regla de la estación, un hombre que dice ser familia, y una edad de la que nadie puede estar seguro: qué hacer en el andén, y a quién llamar
# character: bea; Bea; La operadora del centro de control, por radio. Vigila las cámaras de la estación.
# character: emil; Emil; Un joven delgado que podría tener dieciséis o veinte años, con una chaqueta de algodón demasiado ligera para el frío y una venda gris en un pie.
# character: dan; Dan; Hombre de unos treinta años con chamarra acolchada y gorro de lana, con las llaves del carro colgadas de un cordón.
# character: rosa; Rosa; Música callejera de unos sesenta años con guitarra y un permiso de artista colgado al cuello.
# character: walt; Walt; Hombre de unos cincuenta años que duerme en la estación casi todas las noches, con un carrito de supermercado lleno de bolsas.
# character: interpreter; Intérprete; Una voz tranquila en la línea telefónica de interpretación.
# distractor: not.speaks_other_language
# distractor: not.cheap_clothes
# distractor: not.tired_or_shy
# teaches: myth.age_unknown_adult
# teaches: myth.offender_not_victim
# teaches: myth.trauma_hostile_or_flat
# teaches: myth.only_sex

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

VAR moved_on = false
VAR first_aid = false
VAR tipped_off = false

-> start

=== start ===
# phase: briefing
# bg: rail_platform
# ambience: rail_platform
Son las once y veinte de un jueves por la noche en diciembre. El viento baja directo por las vías.
Usted está en el turno de noche para {org_name} en la estación Millbrook, cubriendo los andenes hasta el último tren.
Su radio hace clic. Es Bea, del centro de control.
Un pasajero le volvió a mandar un correo al gerente de la estación. Un joven que pide dinero al pie de las escaleras del andén 2. # speaker: bea
La política es pedirles a las personas que piden dinero que se retiren de los andenes. El gerente quiere que se haga esta noche. # speaker: bea
+ ["Entendido. Le voy a pedir que se retire." # score: collaboration +1 # score: safety -1 # why: Es la política de la estación, y se lo están pidiendo. Pero estaría moviendo a alguien a quien todavía no ha mirado, en una noche helada, sin saber lo que le cuesta que lo muevan.]
  ~ moved_on = true
  Gracias. Aunque mañana va a estar de vuelta. # speaker: bea
+ ["Pedir dinero no es delito. Dígale al gerente que no." # score: choice +1 # score: collaboration -1 # why: Por ahora evita que lo muevan, pero es la política del gerente, y no le toca a usted anularla por radio, y corta la conversación antes de que sepa nada.]
  Tampoco me toca a mí decidir. ¿Por lo menos puede ir a ver? # speaker: bea
+ ["Antes de moverlo, quiero verlo. Le digo lo que vea." # score: observe +1 # score: collaboration +1 # why: Mantiene informado al centro de control y sigue haciendo el trabajo, pero mira a la persona antes de actuar por una queja sobre ella.]
  Me parece justo. Le digo al gerente que ya se está encargando. # speaker: bea
+ ["¿La policía de tránsito le puede poner una multa? Así no vuelve." # score: safety -1 # score: choice -1 # myth: myth.offender_not_victim # why: Una multa lo trata como el problema antes de que nadie sepa por qué está ahí todos los días. Si otra persona se queda con su dinero, la multa le cae a él, no a ellos.]
  ¿Por pedir dinero? No van a venir por eso. Vaya a ver, ¿sí? # speaker: bea
- Usted empieza a bajar por las escaleras del puente peatonal al andén 2. # requires: log
-> platform

=== platform ===
# phase: observe
# show: emil:calm
El andén 2 está casi vacío entre un tren y otro. En algún lugar del fondo suena una guitarra.
- (around)
* [Mirar al joven al pie de las escaleras # observe: staircase # reveals: transit.few_belongings_wrong_clothes]
  Está sentado sobre una caja de cartón aplastada en el último escalón, con un vaso de papel delante.
  Una chaqueta delgada de algodón, con el cierre hasta la barbilla, en una noche casi bajo cero. Sin mochila, sin gorro, sin guantes.
  Un tenis va desamarrado alrededor de una venda gris. No mira a la gente que pasa. Mira hacia el puente peatonal.
  -> around
* [Pedirle a Bea que revise la cámara hacia atrás # observe: cctv # reveals: nothing # ambiguous: transit.restricted_monitored_movement]
  Bea revisa la grabación.
  Está ahí desde las cuatro y diez. En el mismo lugar ayer, y anteayer. # speaker: bea
  Un hombre baja a verlo más o menos cada hora. Siete y media, ocho y media, nueve y media, diez y media. Se agacha un minuto y vuelve a subir. # speaker: bea
  Puede ser un amigo que le trae un sándwich. Desde este ángulo no le veo las manos. # speaker: bea
  -> around
* [Mirar a la artista callejera junto a la máquina expendedora # observe: vending_machine # reveals: nothing]
  # show: rosa:calm
  Una mujer de unos sesenta años toca una canción country antigua en la guitarra, con el estuche abierto a sus pies.
  Del cordón le cuelga un permiso de artista enmicado, con su foto y la fecha de este mes.
  Lo saluda con la cabeza sin perder un acorde.
  -> around
* [Mirar al hombre que duerme en la caseta # observe: shelter # reveals: nothing]
  # show: walt:calm
  Un hombre de unos cincuenta años duerme en la banca de la caseta bajo dos abrigos, con un carrito de supermercado lleno de bolsas al lado y los zapatos guardados debajo del carrito.
  Tiene una tarjeta doblada en la cinta del sombrero. Desde aquí no se puede leer.
  + + ["Bea, ¿quién es el hombre de la caseta?"]
    Es Walt. Está aquí casi todas las noches. La camioneta de ayuda social pasa a medianoche y lo conocen por su nombre. # speaker: bea
    La tarjeta es de ellos. El invierno pasado le consiguieron una cama; no le gustó. # speaker: bea
    -> around
  + + [Dejarlo dormir]
    -> around
+ [Caminar hacia las escaleras]
- -> handover

=== handover ===
Suenan las bocinas. El de las 11:31 está entrando en el andén 1, al otro lado de las vías. # sound: pa_chime
Un hombre con chamarra acolchada y gorro de lana baja por las escaleras del puente peatonal. # show: dan:calm
Se agacha junto al joven, le dice algo corto y pasa los billetes del vaso de papel a su propio bolsillo.
Deja las monedas en el vaso y vuelve a subir las escaleras, mirando su teléfono. # indicator: transit.restricted_monitored_movement # hide: dan
{variant == 2: Al joven se le caen los hombros. No levanta la vista hasta que el hombre se pierde de vista.|El joven lo sigue con la mirada hasta arriba de las escaleras.}
-> emil_first

=== emil_first ===
# phase: talk
# show: emil:guarded
{moved_on: Usted se acerca para pedirle que se retire.|Usted se acerca a las escaleras.}
Cuando ve su uniforme, se levanta rápido, en un solo pie, y agarra el vaso. # indicator: transit.fear_of_uniforms
Ya se está volteando hacia las escaleras.
+ ["Oiga. Está bien. Siéntese, siéntese. No está en problemas." # score: trust +2 # score: safety +1 # why: Palabras simples y una mano abierta le dicen primero lo que más le importa, que no está en problemas, y le dan un motivo para quedarse donde usted puede ver que está seguro.]
  -> sits_again
+ ["Señor, no puede pedir dinero en los andenes. Tiene que retirarse." # score: collaboration +1 # score: trust -2 # why: Es la regla que lo mandaron a aplicar, pero es lo primero que oye de usted, y confirma lo que ya teme de los uniformes. Hace más difícil todo lo que viene después.]
  ~ moved_on = true
  -> moving
+ ["¿Quién es el tipo que se acaba de llevar su dinero?" # score: trust -2 # score: safety -1 # why: Es la pregunta que usted tiene en la cabeza, pero es sobre la persona a la que quizá más le teme, hecha por un desconocido de uniforme, al aire libre, antes que cualquier otra cosa.]
  -> asked_about_dan
+ ["¿Cuántos años tiene? ¿Está bien?" # score: observe +1 # score: trust -1 # why: Su edad importa, y también cómo está. Pero una pregunta sobre la edad de alguien de uniforme, de entrada, suena a revisión, y tiene demasiado miedo para contestar cualquiera de las dos.]
  -> asked_age_first

=== moving ===
Asiente rápido. # show: emil:anxious
Perdón. Perdón. # speaker: emil
Sube dos escalones cojeando, luego se detiene, mira hacia el puente peatonal y no sigue.
Se sienta en el tercer escalón, con el vaso en las dos manos.
-> language

=== asked_about_dan ===
Niega con la cabeza. # show: emil:anxious
No inglés. Perdón. # speaker: emil
Aprieta el vaso contra el pecho.
-> language

=== asked_age_first ===
Lo mira a usted, y luego a las escaleras. # show: emil:anxious
Veinte. # speaker: emil
Lo dice como se dice una palabra ensayada.
-> language

=== sits_again ===
Duda, y luego se vuelve a sentar en el cartón.
No inglés. Perdón. # speaker: emil
-> language

=== language ===
Se señala la boca y niega con la cabeza. Su inglés es de unas pocas palabras.
Detrás de usted, la guitarra se calla. La artista está guardando sus cosas, y ha estado mirando.
Dice que le compró un perro caliente a las seis, y que él se lo comió en tres bocados, como si no hubiera comido en todo el día. # show: rosa:calm # indicator: transit.malnourished_drugged
Creo que sé algo de su idioma. Una vez lo oí hablar por teléfono. ¿Quiere que le pregunte qué le pasa? # speaker: rosa # discuss: Alguien se ofrece a ayudarle a hablar con él. ¿Qué necesita de quien le interprete?
+ ["Por favor, eso ayudaría. Solo pregúntele si está bien." # score: trust -1 # score: culture -1 # why: Tiene buena intención, y sería rápido. Pero no es neutral ni está obligada a la confidencialidad, la pueden ver con él, y lo que él diga puede llegar a quien lo vigila.]
  -> rosa_asks
+ [Usar un inglés sencillo, despacio, con gestos, y ver hasta dónde llega # score: trust +1 # why: Nadie habla por él, y queda en privado. Pero un inglés sencillo alcanza para sí y no, y poco más, y había un intérprete profesional a una llamada de distancia.]
  -> card_only
+ ["Muy amable. Voy a usar nuestra línea telefónica. Es privada." # score: culture +2 # score: trust +1 # why: Un intérprete profesional por teléfono es neutral y está obligado a la confidencialidad. Lo que él diga queda entre él, usted y la línea, no con alguien a quien quizá ve aquí todos los días.]
  -> interpreter

=== rosa_asks ===
Rosa se agacha y le dice unas palabras. Él contesta atropelladamente, mirando más allá de ella, hacia las escaleras.
Dice que está bien. Dice que su primo viene pronto y que tiene que estar aquí. # speaker: rosa
No creo que haya dicho solo eso, pero no entendí lo demás. # speaker: rosa
Nos vemos el sábado. # speaker: rosa
Toma el estuche de la guitarra y se va hacia las escaleras. # hide: rosa
-> pressure

=== card_only ===
Usted le da las gracias a la artista y se vuelve hacia él. Habla despacio, y señala.
¿Pie? ¿Duele? # speaker: officer
Él asiente.
Caí. Escaleras. # speaker: emil
Le pregunta si está bien. Asiente. Le pregunta si tiene hambre. Mira las escaleras, y no contesta.
Hasta ahí llegan el sí y el no.
-> pressure

=== interpreter ===
# show: emil:guarded
# hide: rosa
Usted le muestra la tarjeta de "Yo hablo" del bolsillo de su chaleco. Él señala una línea, y usted llama a la línea de interpretación desde su teléfono.
Pone el altavoz y sostiene el teléfono entre los dos, bajo.
Le dice quién es usted, y que no está en problemas. El intérprete se lo transmite.
Dice gracias. Dice que está bien. # speaker: interpreter
Mira el teléfono, no a usted. Su voz es apagada y baja.
+ ["Pregúntele cuántos años tiene, y dónde duerme." # score: observe +1 # score: trust -1 # why: Las dos respuestas importarían, y una pregunta sobre la edad es justa. Dos preguntas personales seguidas, de alguien de uniforme, a alguien con tanto miedo, consiguen la respuesta que le dijeron que diera.]
  -> age_question
+ ["Pregúntele si está bien hablar un minuto, y si quiere que alguien le revise el pie." # resolves: transit.restricted_monitored_movement # score: safety +1 # score: trust +1 # why: Una pregunta de seguridad y un ofrecimiento de atención, nada más. Pregunta solo lo que usted necesita saber ahora, y le deja decidir cuánto decir.]
  -> foot
+ ["Pregúntele si ese hombre lo obliga a pedir dinero y se queda con todo." # critical: interrogate_victim # score: trust -2 # why: Le está pidiendo que acuse a la persona a la que quizá más le teme, en el andén de una estación, a través de un desconocido por teléfono. Las preguntas sobre la explotación les tocan a personas capacitadas para hacerlas.]
  -> pushed

=== foot ===
Dice que está bien hablar un poco. Dice que se cayó en las escaleras. La semana pasada. # speaker: interpreter
Dice que nada de médico. Nada de hospital. Lo dice dos veces. # speaker: interpreter
Usted le pregunta si puede ir y venir como quiera. El intérprete se lo transmite. Tarda mucho en contestar.
Dice: pago lo del camino. Después me voy. # speaker: interpreter # indicator: transit.restricted_monitored_movement
{variant == 2: No dice nada más. Está mirando las escaleras.|Dice que su primo sabe dónde vive su madre, y que él es buen trabajador. # speaker: interpreter}
-> pressure

=== age_question ===
Dice que veinte. Dice que duerme en casa de su primo. # speaker: interpreter
{variant == 2: Dice que no sabe la calle.|Dice que es cerca. No sabe el nombre.}
Dijo veinte mirando las escaleras, no el teléfono.
-> pressure

=== pushed ===
Se levanta. # show: emil:anxious
Dice que se tiene que ir. Dice: por favor, policía no. # speaker: interpreter
Dice que está bien, que está bien. Se vuelve a sentar, porque no tiene otro lugar donde estar hasta que vuelva el hombre.
-> pressure

=== pressure ===
Usted se aleja hacia la caseta. # requires: police
Él está sentado otra vez en el escalón, mirando las escaleras.
Su radio hace clic.
{moved_on: El gerente le da las gracias por moverlo. Aunque veo que sigue en las escaleras. # speaker: bea|El gerente vuelve a preguntar. ¿Se va a retirar o no? # speaker: bea}
Usted vuelve a mirar al joven. Todavía no sabe cuántos años tiene. # discuss: Podría tener dieciséis o veinte. ¿Qué necesitaría saber antes de tratarlo como posible menor de edad, y puede averiguarlo aquí?
+ ["Lo voy a mover. Es la regla, y no nos toca decidir a quién se le hace una excepción." # score: collaboration +1 # score: safety -2 # why: Está dentro de la política, pero él sube las escaleras antes de tiempo, con el vaso más vacío, hacia el hombre que se lleva el dinero, y usted ya vio lo suficiente para saber que eso le puede costar.]
  ~ moved_on = true
  Asiente cuando usted le señala la salida. Sube dos escalones y se vuelve a sentar, fuera del viento.
+ ["A mí me parece que tiene veinte. Si es adulto, es decisión suya." # score: choice +1 # score: observe -1 # myth: myth.age_unknown_adult # why: Respetar la decisión de una persona adulta es correcto, pero usted no sabe si lo es. El aspecto no lo dice, y una edad que él da, quizá una que le dijeron que diera, tampoco lo resuelve.]
  Si usted lo dice. Al gerente no le va a gustar. # speaker: bea
+ ["Todavía no. Creo que puede ser menor de 18, y está herido. Registre que lo estoy posponiendo." # score: collaboration +1 # score: safety +1 # why: Le dice al centro de control lo que vio y por qué todavía no aplica la política, por escrito, así la decisión se comparte y nadie se sorprende después.]
  Está bien. Registrado. Le digo al gerente que es un asunto de bienestar. # speaker: bea
- -> dan_arrives

=== dan_arrives ===
# phase: act
# show: dan:calm
Anuncian el último tren para las doce menos diez. El hombre de la chamarra acolchada vuelve a bajar las escaleras, con las llaves en la mano.
{variant == 2: ¿Qué es esto? ¿Qué hizo? # speaker: dan # show: dan:impatient|Buenas noches, oficial. ¿Hay algún problema? # speaker: dan}
Es mi primo. Yo lo ayudo. No habla inglés. # speaker: dan
Le pone la mano en el hombro al joven y contesta por él antes de que usted pregunte nada. El joven mira al piso. # show: emil:anxious # indicator: transit.minor_with_non_parent
{variant == 2: Ya nos vamos. Es adulto, no lo necesita a usted. # speaker: dan|Hace frío, ya me lo llevo a la casa. Tiene veinte. # speaker: dan}
+ ["¿Cuántos años tiene? ¿Tiene identificación de él?" # score: observe +1 # score: safety -1 # why: Usted se entera de algo real, pero se lo pregunta al hombre, no al joven, y ahora él sabe que a seguridad le interesa su "primo".]
  -> id_asked
+ ["Ese pie necesita atención. La sala de primeros auxilios está aquí mismo. Ahí atendemos a las personas una por una." # score: safety -1 # score: trust +1 # why: Los primeros auxilios son una necesidad real, y "una por una" podría darle un minuto lejos del hombre. Pero le muestra al hombre que notaron la herida, y es él quien decide si pasa.]
  -> first_aid_offer
+ ["Lo he visto llevarse su dinero toda la noche." # critical: confront_controller # score: safety -2 # score: trust -1 # why: Enfrentar al hombre delante del joven pone al joven en medio. El hombre se queda tranquilo, y el joven es quien se va a casa con él.]
  -> confronted
+ ["No hay problema. El último tren es a las doce menos diez. Sáquelo del frío." # score: safety +2 # score: observe +1 # why: Con el hombre aquí, el joven no puede hablar por sí mismo, y cualquier cosa que usted haga ahora la puede pagar después. Una despedida normal lo mantiene seguro esta noche; lo que lo ayuda es su informe.]
  -> let_go
+ ["¿Le puede preguntar cómo se lastimó el pie? Mi línea telefónica está fallando." # critical: companion_as_interpreter # score: culture -2 # why: Cada palabra pasaría por el hombre que se queda con su dinero. El joven solo puede decir lo que ese hombre quiere que diga, y el hombre se entera de lo que usted pregunta.]
  -> dan_interprets

=== let_go ===
Muy bien. Gracias. # speaker: dan
El joven recoge su cartón y lo sigue escaleras arriba, despacio, un pie a la vez. # hide: dan # hide: emil
-> radio

=== id_asked ===
Veinte. Sus papeles están en la casa, yo se los guardo. Pierde las cosas. # speaker: dan # indicator: transit.companion_holds_documents_ticket
Lo mira a usted un momento más de lo necesario.
{variant == 2: Hace muchas preguntas. # speaker: dan}
Vámonos. # speaker: dan
Suben las escaleras, el hombre un escalón detrás. # hide: dan # hide: emil
-> radio

=== dan_interprets ===
El hombre le habla brevemente. El joven contesta con dos palabras.
Dice que se cayó en la casa. Es torpe. No es nada. # speaker: dan # indicator: transit.not_allowed_to_speak_or_separate
El joven ya no mira nada. # show: emil:anxious
Suben las escaleras juntos. # hide: dan # hide: emil
-> radio

=== confronted ===
La cara del hombre no se mueve.
Es mi primo. Me da el dinero para que se lo guarde. ¿Quiere arrestar a alguien por eso? # speaker: dan # show: dan:impatient
{
- variant == 2:
  Toma al joven de la manga.
  Vámonos. Ya. # speaker: dan
- else:
  Buenas noches, oficial. # speaker: dan
}
~ tipped_off = true
Se van. El joven no voltea. # hide: dan # hide: emil
-> radio

=== first_aid_offer ===
{
- variant == 2:
  -> first_aid_refused
- else:
  -> first_aid_given
}

=== first_aid_given ===
El hombre se encoge de hombros.
Rápido. El tren. # speaker: dan
~ first_aid = true
Ana, que da primeros auxilios en el turno de noche, le limpia el pie y le pone una venda nueva. Está hinchado y rojo, y ella dice que lo deberían ver en una clínica.
El hombre espera en la puerta abierta, mirando, con el teléfono. Contesta por él las preguntas de ella. # indicator: transit.not_allowed_to_speak_or_separate
Ella le da al joven un par de calcetines limpios de la caja de objetos perdidos y una barra de granola. Se la come en tres bocados. # indicator: transit.malnourished_drugged
Gracias. # speaker: emil
Lo dice en inglés, a ella.
+ [Meter una tarjeta de la línea de ayuda entre los calcetines mientras el hombre está con el teléfono # score: trust +1 # score: safety -1 # why: Tal vez le llegue, y tal vez ayude. Pero el hombre está a unos pies, y si la encuentra, es el joven quien tiene que responder.]
  El joven la ve y cierra la mano sobre los calcetines. # hide: dan # hide: emil
  -> radio
+ [No decir nada más, y dejarlos ir al tren # score: safety +1 # why: Ya le atendieron el pie, y todavía tiene que irse a casa con este hombre. No hacer nada más ahora mantiene las cosas así.]
  Suben las escaleras, el hombre un escalón detrás. # hide: dan # hide: emil
  -> radio

=== first_aid_refused ===
No. Vamos con nuestro propio médico. # speaker: dan # show: dan:impatient
Tiene la mano en el brazo del joven. # indicator: transit.not_allowed_to_speak_or_separate
+ [Darle una barra de granola # score: trust +1 # why: Una pequeña amabilidad que puede aceptar sin que nadie se meta en problemas. Se la come en tres bocados, y el hombre ve cómo usted se la da.]
  La toma y se la come en tres bocados antes de que el hombre pueda decir nada. # indicator: transit.malnourished_drugged
  Suben las escaleras juntos. # hide: dan # hide: emil
  -> radio
+ ["Es la política. Lo tienen que revisar antes de que salga del andén." # critical: suspicion_in_front_of_controller # score: safety -2 # why: Inventar una regla después de un no muestra que usted quiere al joven a solas. Ahora el hombre lo sabe, y el joven lo va a sentir después.]
  El hombre lo mira un largo momento.
Es adulto. Se va cuando quiere. # speaker: dan
  Se van. El joven cojea para seguirle el paso. # hide: dan # hide: emil
  -> radio
+ ["Está bien. Cuidado con ese pie en las escaleras." # score: safety +2 # why: El hombre dijo que no a cualquier momento a solas. Detenerse aquí mantiene al joven fuera de problemas esta noche. Lo que ahora lo ayuda es el informe, no la sala de primeros auxilios.]
  Suben las escaleras juntos. # hide: dan # hide: emil
  -> radio

=== radio ===
# hide: dan
# hide: emil
El andén está vacío, salvo por el hombre que duerme en la caseta, y el viento.
{first_aid: Ana avisa por radio que el pie parecía infectado, y que lo debería ver un médico.}
Tiene que decidir quién se entera de esto esta noche.
+ ["Que quede en el registro para el turno de día. Si vuelve mañana, lo revisamos otra vez." # action: log # score: report -2 # why: Va a volver mañana a las cuatro, como hoy y como ayer. Una anotación en el registro, sin más, significa que nadie que pueda actuar se entera de una persona joven que podría ser menor de edad.]
  -> logged
+ ["Bea, necesito a la policía y a {child_protection_name}. Puede ser menor de 18, y no lo puedo descartar." # action: police # score: report +2 # why: Usted no puede saber su edad, y una edad dicha puede ser aprendida. Tratado como posible menor, el caso va a quienes pueden averiguarla sin riesgo y protegerlo, aunque él les tenga miedo.]
  -> police_called
+ ["Remítalo a {hotline_name} con Bea. Dice que tiene veinte, y le tiene miedo a la policía." # action: hotline # score: choice +1 # score: report -1 # why: Con una persona adulta sería lo correcto, y respeta su miedo. Pero usted no sabe si es adulto. Con un posible menor, las órdenes de puesto dicen policía y {child_protection_name}, que pueden averiguar su edad y estar aquí mañana a las cuatro.]
  -> hotline_referred
+ [Llamar al {emergency_number} # action: emergency # score: safety -1 # why: Ahora nadie corre peligro inmediato en el andén, y el carro ya se fue. La policía y {child_protection_name}, a través del centro de control, pueden actuar con lo que usted sabe y estar aquí mañana a las cuatro.]
  -> emergency_called

=== police_called ===
Bea lo anota: las horas, el hombre, las llaves de su carro, el vaso, el pie, lo que el joven dijo y lo que no dijo.
Llama a la policía y a {child_protection_name}, y pide que se guarde la grabación del día.
La policía dice que un agente y una persona de servicios juveniles van a estar en la estación mañana a las cuatro.
# ending: police_child_protection; La policía y protección de menores lo tienen
-> file_report(-> epilogue_police)

=== hotline_referred ===
Bea lo registra y hace con usted la remisión a {hotline_name}.
Toman los datos y preguntan cuántos años tiene. Usted dice que no sabe.
# ending: hotline_only; La línea de ayuda lo tiene, como preocupación por un adulto
-> file_report(-> epilogue_hotline)

=== emergency_called ===
Quien atiende la llamada pregunta qué está pasando ahora. En el andén, nada. Usted describe al hombre y el carro que no vio.
Diez minutos después, una patrulla pasa por el estacionamiento de la estación. No hay nada.
# ending: emergency_no_one_there; Una llamada de emergencia, cuando ya se habían ido
-> file_report(-> epilogue_emergency)

=== logged ===
Usted escribe tres líneas en el registro del turno: la hora, el lugar, un joven que pide dinero al pie de las escaleras.
# ending: logged; Quedó en el registro
-> file_report(-> epilogue_logged)

=== epilogue_police ===
{
- variant == 2 or tipped_off:
  A las cuatro de la tarde siguiente, el carro no se detiene en la estación. Bea lo encuentra en la cámara: baja la velocidad y sigue de largo.
  Ahora la policía tiene la placa, por la grabación. No le dicen qué pasa después, y así es como debe ser.
- else:
  A las cuatro y diez de la tarde siguiente, un agente de policía, una persona de servicios juveniles y un intérprete están en el andén 2 cuando el joven baja las escaleras.
  Una semana después, {escalation_first} dice que lo están cuidando mientras se averigua su edad, y que hablaron con el hombre. Es todo lo que le dicen.
}
-> aftermath

=== epilogue_hotline ===
Su informe está con {hotline_name}. Sin edad y sin nombre, es poco lo que pueden hacer al día siguiente.
{variant == 2 or tipped_off: Al día siguiente por la tarde, el pie de las escaleras está vacío.|A las cuatro de la tarde siguiente está de vuelta, en el mismo escalón.}
-> aftermath

=== epilogue_emergency ===
La llamada queda registrada como sin rastro. La tarde siguiente, {escalation_first} pregunta por qué nadie llamó a la policía y a {child_protection_name} a través del centro de control.
-> aftermath

=== epilogue_logged ===
{variant == 2 or tipped_off: Al día siguiente por la tarde, el pie de las escaleras está vacío. Nadie sabe a dónde se fue.|A las cuatro de la tarde siguiente está de vuelta, en el mismo escalón, con el mismo pie.}
-> aftermath

=== aftermath ===
{
- report_action == "police":
  Su informe va a la policía y a {child_protection_name}, con las horas de las cámaras.
- report_action == "emergency":
  Su informe va a la policía, tarde, como una emergencia que nadie pudo encontrar.
- report_action == "hotline":
  Su informe va a {hotline_name}. Para alguien que puede ser menor de 18, las órdenes de puesto dicen policía y {child_protection_name}.
- report_action == "supervisor":
  Su informe se queda con {escalation_first}, que pregunta por qué. Una persona joven que puede ser menor de 18 va a la policía y a {child_protection_name}.
- report_action == "log":
  Su informe va al registro del turno. Nadie llama por eso.
- else:
  Nada de esta noche queda en el registro.
}
{moved_on: La queja del gerente queda cerrada: al joven se le pidió que se retirara.}
A medianoche llega la camioneta de ayuda social por el hombre de la caseta. Se despierta y lo saluda con la mano. Su turno termina a la una.
-> END
