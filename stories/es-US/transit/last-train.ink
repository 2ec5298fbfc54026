// translation-of: sha256:5e5d10d947b744bb
# grammar: 1
# id: transit.last_train
# title: Último tren: andén 2
# setting: transit
# summary: Un pasajero preocupado manda un mensaje de texto sobre un hombre con una niña en pijama, y sobre un grupo de trabajadores en el que un hombre tiene todos los boletos. El último tren sale en diecisiete minutos. Averigüe qué está pasando en realidad.
# minutes: 10
# situation: none
# minor: no
# variants: 2
# content_note: Una revisión a altas horas de la noche en un andén de tren, después de que un pasajero manda un mensaje de preocupación sobre una niña pequeña con un hombre, y sobre una cuadrilla de trabajo. No se muestra violencia. Puede tomar una pausa en cualquier momento.
# focus: El mensaje de un pasajero sobre una niña y una cuadrilla de trabajo, diecisiete minutos antes del último tren
# character: ray; Ray; El operador del centro de control, por radio. Vigila las cámaras de la estación.
# character: sam; Sam; Un padre de unos treinta años con chaqueta azul marino y una maleta pequeña de lona.
# character: ivy; Ivy; Su hija, de unos seis años, con un impermeable amarillo sobre un pantalón de pijama rosa.
# character: tomas; Tomas; Hombre de veintitantos años con chaleco de seguridad anaranjado y botas de trabajo llenas de polvo, parte de una cuadrilla de trabajo.
# distractor: not.late_arrival
# distractor: not.speaks_other_language
# distractor: not.travels_light_short_stay
# distractor: not.tired_or_shy
# distractor: not.cheap_clothes
# teaches: myth.one_flag_or_nationality

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

-> start

=== start ===
# phase: briefing
# bg: rail_platform
# ambience: rail_platform
Son las doce menos veinticinco. El cielo sobre la estación Eastgate es de un azul profundo y despejado.
Usted está en el turno de noche para {org_name}, cubriendo los andenes hasta el último tren.
Casi todos los pasajeros ya se fueron a casa. Una persona de limpieza empuja un carrito por el puente peatonal.
Su radio hace clic. Es Ray, del centro de control.
Un pasajero acaba de mandar un mensaje a la línea de avisos. # speaker: ray
"Hombre en el andén 2 con una niña en pijama. Ella se ve alterada. Él la apura." # speaker: ray
La misma persona dice que hay un grupo de hombres con ropa de trabajo junto a la caseta, y que uno de ellos tiene los boletos de todos. No le gustó cómo se veía. # speaker: ray
El último tren es el de las 11:52. ¿Puede ir a ver? # speaker: ray
+ ["Llame a la policía ahora. Que reciban el tren al otro lado." # score: culture -1 # score: collaboration -1 # myth: myth.one_flag_or_nationality # why: Un solo mensaje, sin que nadie haya ido a ver, no basta para mandar a la policía tras una familia. Primero revise con calma; pida ayuda cuando lo que vea lo justifique.]
  ¿Por un mensaje? Por lo menos vamos a ver primero. # speaker: ray
+ ["¿Puede ponerles una cámara mientras bajo?" # score: observe +1 # why: Una cámara es una primera mirada justa y no asusta a nadie. Pero no oye nada, así que usted igual tiene que ver el andén en persona.]
  Ya estoy en eso. Dejo la cámara 4 en las escaleras. # speaker: ray
+ ["Voy para allá. Voy a mirar antes de decidir nada." # score: observe +1 # score: collaboration +1 # why: Un aviso es un buen motivo para ir a mirar, no una conclusión. Mirar primero lo mantiene justo con todos en ese andén.]
  Gracias. Dejo la cámara 4 en las escaleras. # speaker: ray
+ ["¿Un hombre solo con una niña a esta hora? Eso es una señal de alerta." # score: culture -1 # score: observe -1 # myth: myth.one_flag_or_nationality # why: Hay papás solos que viajan con niños cansados todas las noches. Un solo detalle no es señal de nada. Fíjese en lo que la gente hace de verdad.]
  Puede ser. Puede ser un papá. Vaya a ver y me dice. # speaker: ray
- Usted va hacia las escaleras que bajan al andén 2. # requires: none
  Un mensaje así es un motivo para ir a mirar. Lo que encuentre le dirá qué hacer, si hay algo que hacer.
  -> stairs

=== stairs ===
# phase: observe
Al pie de las escaleras, se detiene un momento para ver el andén.
+ [Mirar la cámara de seguridad # observe: cctv # reveals: nothing]
  La cámara del techo apunta a las escaleras. Usted la saluda con la mano.
  Lo veo. A ellos también los vi bajar. # speaker: ray
  Él bajó rápido, cargándola. Ella lloraba. Desde aquí no le puedo decir más. # speaker: ray
+ [Revisar el punto de ayuda # observe: help_point # reveals: nothing]
  Usted presiona el botón de prueba. El punto de ayuda suena y la lucecita se pone verde.
  Al lado, un cartel de {hotline_name} está medio arrancado. Lo anota para el equipo de la mañana.
+ [Mirar la máquina de boletos # observe: ticket_machine # reveals: nothing]
  La pantalla está congelada en "Tarjeta no aceptada". Alguien le pegó una nota escrita a mano: NO FUNCIONA, USE LA APLICACIÓN.
+ [Salir al andén]
- -> platform

=== platform ===
# show: sam:calm
# show: ivy:calm
El último tren espera en el andén con las puertas cerradas y las luces encendidas.
Un hombre con chaqueta azul marino está junto a la banca con una niña pequeña. Ella lleva un impermeable amarillo sobre un pantalón de pijama rosa.
{variant == 2: Brinca de un pie al otro y se ríe, demasiado cansada para quedarse quieta.|Llora de cansancio y de mal humor, y le jala la manga.}
Junto a la caseta, cinco hombres con chalecos de seguridad anaranjados y botas llenas de polvo se ríen de algo en un teléfono. # show: tomas:calm
Al pasar, puede detenerse en una cosa sin que se vea raro.
+ [Mirar las cosas en la banca # observe: bench # reveals: nothing]
  Una maleta pequeña de lona, un suéter de niña doblado y un conejo de peluche.
  Del bolsillo lateral se asoma un boleto de estacionamiento de un hospital, sellado a las 6:04 de esta mañana.
+ [Mirar a los hombres junto a la caseta # observe: shelter # reveals: nothing # ambiguous: transit.ticket_bought_by_other]
  Tienen entre veinte y treinta y tantos años, con mochilas de trabajo y loncheras. Uno tiene una venda en el pulgar.
  Pasan del inglés a otro idioma y de vuelta.
  Uno de ellos levanta el teléfono con cinco boletos en la pantalla. Ninguno de los otros tiene un boleto a la mano.
+ [Mirar la máquina expendedora # observe: vending_machine # reveals: nothing]
  Uno de los trabajadores pasa su propia tarjeta bancaria por la máquina expendedora y compra tres latas.
  Le lanza una al hombre del teléfono, que la atrapa sin levantar la vista.
+ [Seguir caminando]
- -> dad

=== dad ===
# phase: talk
Usted llega a la banca. El hombre levanta la vista. Se ve agotado. # discuss: Una niña que llora y un adulto cansado cerca de la medianoche: ¿qué explicaciones normales hay, y qué tendría que ver antes de que fuera motivo de preocupación?
{variant == 2: La niña ve su uniforme y se esconde detrás de las piernas de él, asomándose.|La niña ve su uniforme y deja de llorar un segundo, con la boca abierta.}
+ [Agacharse a la altura de la niña. "Hola. ¿Estás bien? ¿Quién está contigo?" # score: observe +1 # score: trust -1 # why: Ver cómo está una niña que llora es razonable, y puede que conteste. Pero pedirle a una niña de seis años que responda por su papá delante de él puede asustarla, y unas palabras con el adulto primero suelen decirle más.]
  -> scared_child
+ ["¿Es su hija? Identificación de ella, por favor." # score: trust -2 # score: culture -1 # why: Pedirle a un padre que demuestre que su hija es suya, por un mensaje vago, lo trata como sospechoso. Un saludo amable le habría dicho mucho más, y aquí usted no tiene autoridad para exigir identificación.]
  -> id_demand
+ ["Las puertas abren en unos minutos. ¿Día largo?" # score: trust +2 # score: safety +1 # why: Un saludo amable y normal, el mismo que le daría a cualquiera, mantiene tranquilos a una niña cansada y a su papá, y les deja contar su historia sin sentirse sospechosos.]
  -> chat

=== chat ===
El más largo. Su mamá tuvo al bebé esta tarde. # speaker: sam # show: sam:relieved
Estamos en el hospital desde las seis de la mañana. Las enfermeras la dejaron ponerse la pijama en la sala de familias. # speaker: sam
Es niño. Es muy chiquito y se llama Theo. # speaker: ivy # show: ivy:relieved
No tiene pelo. Nada de nada. # speaker: ivy
{variant == 2: ¡Y yo lo cargué! # speaker: ivy|Quiero a mi mami. # speaker: ivy}
Mami se queda una noche más, y mañana la traemos a casa. # speaker: sam
La abuela nos espera en Eastmoor. Mi carro está en el taller, si no, nos habríamos ido manejando. # speaker: sam
Perdón si nos vimos medio desastrosos bajando las escaleras. Traía a la niña, la maleta y un conejo, y pensé que lo habíamos perdido. # speaker: sam
Felicidades. Descansen los dos. # speaker: officer
La niña bosteza tan fuerte que casi se cae. Él la levanta en brazos.
-> crew

=== id_demand ===
El hombre se le queda mirando. # show: sam:guarded
¿En serio? Soy su papá. # speaker: sam
Levanta el teléfono. Una foto de una mujer cansada en una cama de hospital, un bebé diminuto y esta niña sonriendo a su lado.
Su mamá tuvo un bebé esta tarde. Estuvimos en el hospital todo el día. # speaker: sam
¿Es porque soy un hombre solo con ella? # speaker: sam
Ahora la niña llora de verdad, con la cara pegada a la chaqueta de él. # show: ivy:anxious
Usted pide disculpas. Él asiente, pero no lo vuelve a mirar.
-> crew

=== scared_child ===
La niña esconde la cara en la chaqueta de su papá y llora más fuerte. # show: ivy:anxious
Está agotada. Su mamá tuvo un bebé esta tarde. Estamos en el hospital desde las seis. # speaker: sam # show: sam:guarded
La levanta en brazos. Ella solloza en su hombro.
No suena contento de que le pregunten.
-> crew

=== crew ===
Su radio hace clic. # show: tomas:calm
¿Y los de la caseta? # speaker: ray
Usted se acerca. El del teléfono con los boletos lo ve venir y sonríe.
+ ["¿Quién de ustedes tiene los boletos? Solo reviso que todos tengan uno." # resolves: transit.ticket_bought_by_other # score: observe +1 # score: culture -1 # why: Revisar boletos es algo que le podría pedir a cualquiera, y responde a la pregunta del mensaje. Pero escoger a este grupo, y a nadie más, por un solo mensaje es como las revisiones justas se convierten en perfilamiento.]
  -> crew_chat
+ ["Visas de trabajo, por favor. Todos. Es una revisión de rutina." # critical: profiling # score: culture -2 # score: safety -1 # myth: myth.one_flag_or_nationality # why: Pedir visas porque unos hombres con ropa de trabajo hablan otro idioma es perfilamiento, y usted no tiene autoridad para revisar el estatus migratorio. Enseña a la gente a temer a cualquier uniforme, y de eso se aprovechan los tratantes.]
  -> crew_threat
+ ["Buenas noches. Hoy va a tiempo. ¿Turno largo?" # resolves: transit.ticket_bought_by_other # score: trust +1 # score: culture +1 # why: Tratarlos exactamente como a cualquier otro pasajero es justo, y una pregunta sencilla les da espacio para contar su historia.]
  -> crew_chat
+ ["¿Por qué tiene los boletos de todos? Necesito ver la identificación de todos ustedes." # score: culture -2 # score: trust -1 # why: Que una persona tenga la reserva de un grupo es algo normal, y usted todavía no había visto nada más que eso. Exigir identificación trata a unos trabajadores como sospechosos por su aspecto.]
  -> crew_id

=== crew_chat ===
¡Uno largo! Doce horas echando concreto en el ala nueva del hospital. # speaker: tomas
La máquina de boletos no funciona, así que nos compré a todos en la aplicación. En grupo de cinco sale más barato. # speaker: tomas
Así que yo soy el de los boletos. Me pagan el viernes. Algunos. # speaker: tomas
Los otros le chiflan y le tiran una bolsa de papitas.
Uno le muestra una foto del ala nueva desde lo alto de la grúa. Otro pregunta si el puesto de café de arriba sigue abierto. No lo está.
Hablan todos a la vez, terminan los chistes de los otros y miran sus propios teléfonos. Nadie lo mira a él antes de hablar.
Que pasen buena noche. # speaker: officer
-> doors

=== crew_id ===
Se acaban las risas. # show: tomas:guarded
Se miran entre ellos. Luego, uno por uno, sacan la cartera y le muestran licencias de manejo y credenciales de trabajo.
Compré en la aplicación. Sale más barato en grupo. # speaker: tomas
¿Es porque estábamos hablando en nuestro idioma? # speaker: tomas
Usted les devuelve las tarjetas. Nadie dice nada más.
-> doors

=== crew_threat ===
Las risas se cortan de golpe. # show: tomas:anxious
Somos de aquí, hombre. Trabajamos en la obra del hospital. # speaker: tomas
Dos de ellos le muestran su licencia de manejo. Uno de los más jóvenes toma su mochila y camina directo a las escaleras. Luego otro.
Olvídelo. Tomamos un taxi. # speaker: tomas
Los cinco vuelven a subir las escaleras. El taxi les va a costar casi un día de pago. # hide: tomas
-> doors_after_threat

=== doors ===
# phase: act
Las puertas del tren se abren con un silbido. # sound: door_slide
El papá sube a su hija a la cadera y levanta la maleta de lona. La cuadrilla sube detrás de ellos.
Su radio hace clic. # speaker: narrator
¿Y? # speaker: ray
+ [Pedirle a Ray que mantenga la cámara 4 sobre la cuadrilla hasta que cierren las puertas # score: observe +1 # score: culture -1 # why: Vigilar un poco más no le cuesta a la cuadrilla nada que ellos vean. Pero usted revisó y encontró una reserva normal; mantenerlos bajo una cámara por eso es como un solo mensaje se le queda pegado a gente que no hizo nada.]
  Ray mantiene la cámara sobre ellos hasta que cierran las puertas.
  -> home_safe
+ [Pedirle a Ray que la policía reciba el tren en Eastmoor, solo para estar seguros # score: culture -1 # score: trust -1 # why: Usted encontró una explicación normal. Mandar a la policía a recibir a un padre y a su hija los asusta y le quita ayuda a quien la necesita. Confíe en lo que revisó.]
  -> police_met
+ [Decirle a Ray: "Un papá y su hija que vienen del hospital. Una cuadrilla con boleto de grupo. Sin motivos de preocupación." # score: collaboration +1 # score: document +1 # why: Cerrar el asunto con hechos simples responde a la preocupación y deja a todos viajar en paz.]
  -> home_safe
+ [Pararse en la puerta del tren y decirle al papá que no puede subir hasta que la policía lo revise # critical: detain_or_rescue # score: safety -2 # score: trust -2 # why: Impedir que alguien se vaya es retenerlo, y usted no tiene ningún motivo. Asusta a una niña, deja varada a una familia, y nunca es su trabajo.]
  -> blocked

=== doors_after_threat ===
# phase: act
Las puertas del tren se abren con un silbido. # sound: door_slide
El papá sube a su hija a la cadera y sube al tren sin mirarlo. # hide: sam # hide: ivy
¿Y? ¿Qué pasó con la cuadrilla? # speaker: ray
Usted le cuenta. Hay una pausa larga en el radio.
# ending: crew_left; La cuadrilla se fue a buscar un taxi
El de las 11:52 sale a tiempo, con cinco asientos vacíos.
-> file_report(-> epilogue_crew)

=== home_safe ===
Entendido. Gracias por revisar. Cierro el mensaje como revisado, sin motivos de preocupación. # speaker: ray
La niña lo saluda con la mano por la ventana. El papá, después de un momento, levanta el pulgar, cansado. # show: sam:relieved # show: ivy:relieved
# ending: home_safe; Todos tomaron el último tren a casa
El de las 11:52 sale a tiempo. El andén queda vacío y en silencio. # hide: sam # hide: ivy # hide: tomas
-> file_report(-> epilogue_home)

=== police_met ===
Ray suspira, pero hace la llamada. # show: sam:calm
El tren sale a tiempo. # hide: sam # hide: ivy # hide: tomas
En Eastmoor, dos agentes de policía reciben al papá y a su hija en el andén, delante de la abuela.
Revisan su historia en dos minutos y se disculpan.
# ending: police_met; La policía recibió a una familia cansada
Ray le dice que la abuela ya llamó para quejarse.
-> file_report(-> epilogue_police)

=== blocked ===
Usted se para en la puerta. # show: sam:impatient
No puede subir hasta que la policía lo revise. # speaker: officer
¿Cómo dice? ¡Mi hija se está durmiendo de pie! # speaker: sam
La niña se pone a llorar a gritos. La cuadrilla se detiene en el andén y se queda mirando. # show: ivy:anxious
Las puertas pitan, y usted tiene que hacerse a un lado. Se cierran. # sound: door_close
El último tren sale sin el papá y su hija. # hide: tomas
# ending: missed_train; Perdieron el último tren
Cuarenta minutos después, un agente de policía confirma todo lo que él le dijo. La abuela viene en carro a buscarlos, a la una y media de la mañana.
-> file_report(-> epilogue_missed)

=== epilogue_home ===
La noche siguiente, la misma persona manda otro mensaje: las gracias por haber revisado.
-> aftermath

=== epilogue_crew ===
A la mañana siguiente, el jefe de la obra llama a la estación para preguntar por qué amenazaron a su cuadrilla con inmigración cuando iban a casa.
-> aftermath

=== epilogue_police ===
A un padre y su hija los recibió la policía delante de la abuela, el día en que nació el hermanito.
La queja llega al escritorio de {escalation_first} a la mañana siguiente.
-> aftermath

=== epilogue_missed ===
Ivy se quedó dormida en una banca fría de la sala de espera antes de que llegara su abuela.
La queja del papá le llega a {escalation_first} antes de que empiece su siguiente turno.
-> aftermath

=== aftermath ===
{
- report_action == "emergency" || report_action == "police" || report_action == "hotline":
  Su informe sale, y un equipo con mucho trabajo pierde tiempo revisando a una familia y a una cuadrilla que no necesitaban nada.
- report_action == "supervisor":
  En el cambio de turno, {escalation_first} lee su informe. Aquí no había nada que pasar a un superior.
- report_action == "log":
  Su nota de la revisión queda en el registro del turno.
- else:
  Ray ya registró el mensaje como revisado. No había nada más que informar.
}
-> END
