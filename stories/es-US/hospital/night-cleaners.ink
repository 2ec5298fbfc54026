// translation-of: sha256:9871ccc45aa4a1e6
# grammar: 1
# id: hospital.night_cleaners
# title: Turno de noche: el almacén de los limpiadores
# setting: hospital
# summary: Son las cuatro de la mañana en la sala de emergencias. Una enfermera encontró a una de las limpiadoras de la contratista dormida en un almacén, y la jefa de cuadrilla quiere que vuelva a trabajar.
# minutes: 12
# situation: labour_trafficking
# minor: no
# variants: 2
# content_note: Esta historia trata de trabajadoras de limpieza de una contratista en el turno de noche de un hospital. Menciona una deuda con una agencia de reclutamiento, jornadas largas y una jefa de cuadrilla que se queda con los teléfonos de las trabajadoras. No se muestra violencia. Puede tomar una pausa en cualquier momento.
# focus: Una cuadrilla de contratistas, una deuda y una jefa de cuadrilla con respuesta para todo: qué le toca hacer a usted en un hospital, y por qué canal debe ir
# character: ines; Ines; La enfermera de triaje, de unos cuarenta años, con el pelo recogido y uniforme azul.
# character: toni; Toni; Una asistente de enfermería de unos cincuenta años, con una chaqueta polar azul marino del hospital y una lonchera sobre las rodillas.
# character: dalia; Dalia; Una limpiadora de la contratista de unos treinta años, con bata verde de trabajo, el pelo recogido y un gafete prendido en el bolsillo.
# character: jo; Jo; La jefa de la cuadrilla de limpieza, una mujer de unos cuarenta años con chaqueta polar negra, una tabla con clip y un llavero.
# distractor: not.outside_contractor
# distractor: not.tired_or_shy
# distractor: not.speaks_other_language
# teaches: myth.initial_consent
# teaches: myth.trauma_hostile_or_flat
# teaches: myth.traffickers_men

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink


-> start


=== start ===
# phase: briefing
# bg: hospital_ed_waiting
# ambience: hospital_waiting
# show: ines:calm
Son las cuatro menos diez de la mañana. Cae nieve frente a las puertas de la sala de emergencias.
Usted está en el turno de noche de {org_name}. Las órdenes de puesto dicen que cualquier preocupación sobre personal de contratistas va a {escalation_first}, que involucra a la persona responsable de protección del hospital y al gerente de instalaciones que maneja el contrato.
Ines, la enfermera de triaje, se asoma por la ventanilla.
Una de las limpiadoras de la contratista está dormida en el almacén de suministros, detrás de las puertas del área de tratamiento. Sentada en una caja de toallas de papel. # speaker: ines
¿Puede ir a verla? Yo no puedo dejar la ventanilla. # speaker: ines
+ [Anotar la hora y lo que dijo Ines, y luego dar la vuelta larga por la sala de espera # score: document +1 # why: Una nota tomada en el momento vale mucho después, y dar una vuelta cuesta unos minutos. Esos minutos son de la limpiadora, dormida donde su cuadrilla podría encontrarla primero.]
  Ines asiente y vuelve a su pantalla.
+ ["Ya voy. Si se siente mal, se la dejo a usted." # score: collaboration +1 # score: safety +1 # why: Ir a ver cómo está es su trabajo, y lo médico le toca a la enfermera. Ir ahora significa que usted llega antes que nadie.]
  Gracias. # speaker: ines
+ ["Dormirse en el turno es asunto de la contratista. La voy a despertar y buscar a su jefa de cuadrilla." # score: safety -1 # score: trust -1 # why: La trata como un problema que hay que devolver. Si alguien controla a la cuadrilla, la jefa de cuadrilla es la última persona que debería enterarse primero.]
  Conmigo no está en problemas. Solo quiero saber que está bien. # speaker: ines # show: ines:guarded
+ ["¿Puede revisar su expediente y ver si ha venido como paciente?" # score: collaboration -2 # why: Seguridad no pide ni mira los expedientes médicos de nadie. Ines tendría razón en decir que no, y pedirlo hace más difícil trabajar juntos después.]
  Eso no lo puedo compartir, y usted lo sabe. # speaker: ines # show: ines:guarded
  Solo vaya a verla, por favor. # speaker: ines
- Usted anota la hora: las tres y cincuenta y uno. # requires: log
  -> waiting_room


=== waiting_room ===
# phase: observe
# hide: ines
De camino a las puertas del área de tratamiento, usted observa la sala de espera.
- (around)
* [Revisar el registro de puertas en la pantalla del puesto # observe: security_podium # reveals: hospital.contract_staff_exploitation]
  El registro de accesos es la pantalla de seguridad. Esta noche hay seis gafetes de la contratista de limpieza.
  El gafete C-114 abrió la puerta del personal a las 5:58 p. m. A las 3:12 a. m. abrió el almacén, y un minuto después el pasillo de la farmacia, al otro extremo del edificio.
  Los seis gafetes de la contratista entraron con menos de un minuto de diferencia. {variant == 2: Los seis salieron juntos ayer en la mañana a las 6:04.|Los seis salieron juntos a las 6:02 esta mañana, y también la mañana anterior.}
  -> around
* [Mirar el carrito de limpieza junto a la máquina expendedora # observe: vending_machine # reveals: hospital.contract_staff_exploitation]
  Hay un carrito de la contratista estacionado junto a la máquina expendedora. En el mango tiene un horario con clip: seis nombres de pila, todas las noches de esta semana y de la anterior, de seis a seis.
  Abajo, unas mismas iniciales firman por las seis.
  -> around
* [Leer los avisos para el personal junto al bebedero # observe: info_posters # reveals: nothing]
  Un memo de instalaciones: hasta que abran los nuevos vestidores en enero, los casilleros se comparten de a dos, para todos, empleados y personal de contratistas por igual.
  Al lado está el cartel de la línea de ayuda y un volante de la clínica de vacunas contra la gripe para el personal.
  -> around
* (seats) [Mirar a la mujer dormida en el último asiento # observe: waiting_seats # reveals: nothing # ambiguous: hospital.contract_staff_exploitation]
  Una mujer con chaqueta polar azul marino duerme sentada en la última fila, con una lonchera en las rodillas y sin zapatos. Tiene el cordón del gafete metido en el cuello, así que no se puede leer.
  Alguien que espera a un paciente, personal en un descanso largo, u otra integrante de la cuadrilla de noche sin otro lugar donde descansar. Desde aquí no se sabe.
  -> around
* {seats} [Preguntarle a la mujer del último asiento si está bien # resolves: hospital.contract_staff_exploitation]
  # show: toni:calm
  Abre los ojos y se ríe de sí misma.
  Me atrapó. Segundo turno, porque yo quise. Con las horas extra pago la Navidad. # speaker: toni
  Mi carro está en el estacionamiento del personal. Me voy a las siete. # speaker: toni
  Le enseña su gafete sin que se lo pida: es asistente de enfermería, personal del propio hospital. # hide: toni
  -> around
+ [Pasar por las puertas del área de tratamiento hasta el almacén]
- -> storeroom


=== storeroom ===
# phase: talk
# bg: hospital_triage_bay
# show: dalia:anxious
El almacén de suministros está al final del pasillo, pasando el cubículo 4. La puerta está medio abierta.
Una mujer con bata verde de trabajo duerme sentada en una caja de toallas de papel, con la cabeza apoyada en los estantes. El gafete del bolsillo dice M. HART. # indicator: hospital.malnourished_poor_hygiene
Cuando su radio hace clic, ella se despierta de golpe y ya está de pie antes de saber dónde está. # indicator: hospital.hypervigilant_startle
Perdón. Perdón. No le diga a Jo. # speaker: dalia
+ ["Oiga. Tranquila. Hay agua en la estación de enfermería." # score: trust +1 # why: Amable y sencillo. Atiende una necesidad, pero no le dice si está en problemas, que es lo que le da miedo.]
  -> woke
+ ["Aquí no puede dormir. Y ese gafete no es suyo, ¿verdad?" # score: trust -2 # score: observe +1 # why: Vale la pena anotar lo del gafete, pero empezar con dos reglas le dice que usted es una persona más que la vigila. Va a responderle a la regla, no a usted.]
  -> woke_guarded
+ [Quedarse en la puerta y hablar en voz baja: "No está en problemas. Solo vengo a ver cómo está." # score: trust +2 # score: safety +1 # why: Ella puede ver la salida, y lo primero que oye es que no viene nada malo. Todavía no le pide nada.]
  -> woke
+ ["¿Alguien la obligó a trabajar dos turnos? ¿La tienen aquí contra su voluntad?" # critical: labelling_question # score: trust -2 # why: Una pregunta que le pone nombre a su situación por ella recibe un no y cierra la puerta. Ella tiene todas las razones para no decirle que sí a un desconocido de uniforme.]
  -> woke_guarded

=== woke_guarded ===
# show: dalia:guarded
Se acomoda la bata.
No. Nadie me obliga. Solo estoy cansada. # speaker: dalia
-> two_shifts

=== woke ===
Se vuelve a sentar en la caja, despacio. Habla sin emoción, como si leyera las palabras de una tarjeta.
-> two_shifts

=== two_shifts ===
Dos turnos. Quería las horas. Está bien. # speaker: dalia
# discuss: Ella dice que está bien. ¿Qué ha visto usted hasta ahora, y qué le gustaría saber todavía?
+ ["Dos turnos es mucho. ¿Ha comido?" # score: trust +1 # score: observe +1 # why: Una pregunta común y atenta que ella puede contestar sin riesgo. Pero no comprueba si hablar podría costarle algo.]
  Desde la camioneta, no. Jo tiene el dinero para la comida. # speaker: dalia
  -> phones
+ ["¿Está bien si hablamos un minuto, o la va a estar buscando alguien?" # score: trust +1 # score: safety +2 # why: Primero hay que comprobar que es seguro hablar. Le dice que usted sabe que a alguien podría molestarle, sin decir a quién.]
  Jo me va a buscar. A las cuatro y media nos cuenta. # speaker: dalia
  -> phones
+ [Darle un vaso de agua del bebedero, y esperar # score: trust +1 # why: Algo para ella sin pedirle nada. Esperar le deja a ella la siguiente palabra, y quizás no la diga.]
  Se lo toma de un trago.
  -> phones
+ ["¿Dos turnos? ¿Y cuánto le pagan por eso?" # critical: interrogate_victim # score: trust -2 # why: Preguntarle de repente por su pago es interrogarla sobre lo que quizás le están haciendo. No es su trabajo, y la pone a la defensiva.]
  Mira el piso. # show: dalia:guarded
  Lo suficiente. Está bien. # speaker: dalia
  -> phones

=== phones ===
Mira el radio que usted lleva en el cinturón.
Desde aquí no se puede llamar a nadie. Jo tiene nuestros teléfonos, para que trabajemos. A las seis nos los devuelve. # speaker: dalia # indicator: hospital.companion_holds_documents_pays
El gafete es de Maria. Compartimos. El hospital se tarda con los gafetes. # speaker: dalia
-> jo_arrives

=== jo_arrives ===
# show: jo:impatient
Suenan unas llaves en el pasillo. Una mujer con chaqueta polar negra y una tabla con clip se detiene en la puerta del almacén.
Dalia. Aquí estás. # speaker: jo
Dalia se pone de pie enseguida, y mira a Jo antes que a cualquier otra cosa. # indicator: hospital.patient_defers_fearful
Cuando usted dice que la encontró descansando, Jo contesta por ella. # indicator: hospital.companion_speaks_for_patient
Está haciendo doble turno. Quería las horas, ¿verdad? Esta noche nos faltan dos. # speaker: jo
Lo de los gafetes es porque instalaciones tarda seis semanas en imprimirlos, pregúntele a quien quiera. Y lo de los teléfonos es regla del propio hospital, nada de teléfonos cerca de los cubículos. Yo solo se los guardo. # speaker: jo
Dalia asiente. No dice nada. # discuss: Jo tiene una respuesta normal para lo de los gafetes y los teléfonos. ¿Qué le dice eso, y qué no le dice?
+ ["Gracias. Voy a anotar en el registro que la encontramos y que está bien." # score: safety +1 # score: document +1 # why: De rutina y honesto, y la entrada en el registro sirve después. Ahora Jo sabe que hay un registro, y eso puede volverla cautelosa de maneras que le compliquen las cosas a Dalia.]
  -> pretext
+ ["Un gafete, una persona: esa es la regla del hospital. ¿Por qué trae el de otra persona?" # score: safety -1 # score: trust -1 # why: Es una pregunta justa sobre una regla real, pero hecha frente a la persona que reparte los gafetes. Jo tiene la respuesta lista, y fue Dalia quien estaba hablando con usted.]
  Jo sonríe. # show: jo:guarded
  Dígaselo a instalaciones. Yo ya les pedí cuatro veces. # speaker: jo
  -> pretext
+ ["Devuélvale el teléfono a Dalia." # critical: confront_controller # score: safety -2 # why: Enfrentar a quien tiene el control pone a Dalia entre usted y ella. Jo puede hacerle más difíciles esta noche y mañana, y usted no lo va a ver.]
  La cara de Jo se queda inmóvil. # show: jo:guarded
  Se lo doy a las seis, como a todos. Dalia, vámonos. # speaker: jo
  -> pretext
+ ["Está bien. La encontré descansando, nada más." # score: safety +2 # score: trust +1 # why: Corto, cierto y aburrido. Evita que Dalia tenga problemas por la siesta, y no le da a Jo nada que pueda cobrarle a ella.]
  -> pretext

=== pretext ===
# show: ines:calm
Ines viene por el pasillo con un brazalete de presión en el brazo.
+ [Pedirle a Ines que le ofrezca a Dalia la revisión de rutina que se le hace a cualquiera que se sienta mal en el turno, que se hace a solas, y quedarse con Jo en el mostrador # score: trust +1 # score: safety +1 # score: collaboration +1 # why: La enfermera ofrece una revisión real y de rutina, y con ella viene la privacidad. Puede que no funcione: Jo puede decir que no, y entonces usted se detiene.]
  -> pretext_offered
+ [Dejarlo ahí. Anotar los nombres y las horas, y dejar que vuelvan a trabajar # score: safety +1 # score: document +1 # why: No se muestra nada, no se arriesga nada, y los hechos quedan por escrito. Dalia no tiene ni un minuto a solas esta noche.]
  -> back_to_work
+ ["Jo, denos un minuto. Quisiera hablar con Dalia a solas." # critical: suspicion_in_front_of_controller # score: safety -2 # why: Pedirle a la jefa de cuadrilla que se vaya le muestra exactamente lo que usted sospecha. Diga lo que diga Dalia después, Jo va a querer saberlo.]
  Jo no se mueve. # show: jo:impatient
  Lo que ella tenga que decir, lo puede decir conmigo aquí. Somos un equipo. # speaker: jo
  -> stopped
+ ["Dalia, venga a sentarse en la oficina de seguridad hasta las seis. Ahí puede descansar." # score: safety -1 # score: choice -1 # why: Es una idea amable, pero la aparta de su cuadrilla frente a la jefa de cuadrilla, y decide por ella. Ella es la que va a pagar por las horas que falten, no usted.]
  Dalia niega con la cabeza de inmediato. # show: dalia:anxious
  No. Yo trabajo. # speaker: dalia
  -> stopped

=== pretext_offered ===
Ines le pide a Dalia, como se lo pediría a cualquiera, que venga al cubículo 4 cinco minutos: tomar la presión es de rutina para cualquiera que se sienta mal en el turno.
{
- variant == 1:
  Jo se pone en medio, amable y firme.
  No es paciente. Está cansada, nada más. Nos faltan dos, y el piso junto a los cubículos no se va a trapear solo. # speaker: jo # show: jo:impatient
  Dalia toma su trapeador.
  + ["Es política del hospital. A cualquiera que se sienta mal en el turno se le revisa." # critical: suspicion_in_front_of_controller # score: safety -2 # why: Insistir después de que Jo dijo que no lo convierte en algo sobre Jo. Ella entiende que usted está observando a su cuadrilla, y fue a Dalia a quien encontraron dormida.]
    Entonces anótelo. Está bien. # speaker: jo # show: jo:guarded
    Jo se lleva a Dalia de vuelta por el pasillo. # hide: ines
    -> stopped
  + [Pasarle discretamente la tarjeta para el personal # score: choice +1 # score: safety -1 # why: La tarjeta de bienestar para el personal tiene la línea de ayuda al reverso: ella decide si la usa o la tira. Con Jo a un paso, quizás la vea, y Dalia no tiene dónde guardarla en privado.]
    Dalia cierra la mano sobre la tarjeta sin mirarla. Jo ya va caminando. # hide: ines
    -> stopped
  + ["Está bien. Gracias de todos modos, Ines." # score: safety +2 # why: El pretexto no funcionó, así que usted se detiene. Insistir ahora le mostraría a Jo lo que usted piensa, y Dalia sería quien lo pagaría.]
    Ines se encoge de hombros y vuelve a la ventanilla. # hide: ines
    -> stopped
  + ["Entonces necesito su nombre completo y el número de la agencia para mi informe." # score: safety -1 # score: document +1 # why: Los nombres van en el informe, pero pedírselos a Jo ahora le dice que hay un informe, y de qué se trata.]
    Jo escribe un nombre de pila y un número de teléfono al reverso de la hoja de su tabla, y la arranca para dársela. # show: jo:guarded
    -> stopped
- else:
  Jo mira su tabla y luego la hora.
  Cinco minutos. De todos modos tengo que cargar la camioneta. # speaker: jo
  Jo se va hacia la entrada del personal, haciendo sonar sus llaves. # hide: jo
  -> staff_room
}

=== back_to_work ===
Jo se lleva a Dalia de vuelta por el pasillo hacia los cubículos. Dalia no voltea.
Usted anota los nombres, el número del gafete y la hora: las cuatro y veintidós.
-> before_six

=== stopped ===
# hide: jo
# hide: dalia
Dalia y Jo vuelven por el pasillo hacia los cubículos. Usted anota los nombres, el número del gafete y la hora: las cuatro y veintidós.
-> before_six

=== staff_room ===
# show: dalia:guarded
En el cubículo 4, Ines cierra la cortina para la revisión. Usted espera afuera, donde puede ver el pasillo.
Unos minutos después, Ines se asoma. Dalia pidió hablar con el oficial que le dijo que no estaba en problemas. Ines no pregunta nada sobre su salud frente a usted, y va a buscarle algo de comer. # hide: ines
Por un rato, Dalia no dice nada.
Yo firmé el papel. Para la colocación. Nadie me obligó. # speaker: dalia
Eran cuatro mil. Ahora es más. La casa, la camioneta, el uniforme. Hasta que lo pague, no me puedo ir. # speaker: dalia # indicator: hospital.contract_staff_exploitation
Si hay problemas, llaman a mi mamá. Le dicen que me fui con el dinero. # speaker: dalia
¿La casa? No sé la calle. La camioneta nos lleva. # speaker: dalia # indicator: hospital.disoriented_time_place
# discuss: Dalia ha dicho más que hace una hora. ¿Qué necesita ahora de usted, y qué sería demasiado?
+ ["No tiene que contarme nada de esto. Si quiere, hay personas cuyo trabajo es justamente ayudar con esto." # score: trust +1 # score: choice +2 # why: Le quita presión y pone una opción real frente a ella. Lo que sigue lo decide ella.]
  -> dalia_asks
+ [Decirle qué va a hacer usted con lo que le contó: pasarlo al centro de control, que involucra a la persona responsable de protección del hospital # score: trust +1 # score: collaboration +1 # why: Ser claro sobre a dónde van sus palabras es honesto y respetuoso. Pero todavía no dice nada de lo que ella quiere.]
  -> dalia_asks
+ ["Empiece desde el principio. ¿Quién maneja la agencia, y cuánto debe?" # critical: interrogate_victim # score: trust -2 # why: No le toca a usted tomarle la declaración. Presionarla por nombres y cantidades la hace revivirlo para usted, y ella ya dijo lo que puede.]
  Dalia mira la cortina y deja de hablar. # show: dalia:anxious
  -> dalia_asks
+ ["Me voy a asegurar de que nadie se acerque a su mamá." # critical: promise_cannot_keep # score: trust -1 # why: Usted no puede prometer eso. Si falla, ella aprende que la ayuda miente, y su mamá sigue donde estaba.]
  Dalia lo mira un buen rato. # show: dalia:anxious
  No puede. # speaker: dalia
  -> dalia_asks
+ ["Hace rato dijo que quería las horas. ¿Cuál es la verdad?" # myth: myth.trauma_story_changes # score: trust -2 # why: Las historias cambian cuando contar la verdad empieza a sentirse más seguro. Atraparla en una contradicción le dice que no le creen.]
  Dalia se encoge de hombros. Su cara se queda inmóvil. # show: dalia:guarded
  Quiero las horas. Olvídelo. # speaker: dalia
  -> dalia_asks

=== dalia_asks ===
Ines vuelve con galletas saladas y un cartón de jugo. Dalia se los come en tres bocados. # show: ines:calm
Cuando Ines va a abrir la cortina, Dalia le habla al piso.
¿Hay alguien, que no sea la policía? ¿Alguien para lo de la deuda? # speaker: dalia
A las seis Jo devuelve los teléfonos. Dígales, pero no a Jo. # speaker: dalia
-> before_six


=== before_six ===
# phase: act
# bg: hospital_staff_entrance
# ambience: hospital_loading_bay
# hide: ines
# hide: toni
Son las seis menos diez. Usted camina a la entrada del personal para el cambio de turno. La minivan plateada de la agencia ya está en la barrera con la puerta lateral abierta.
Jo está en el reloj checador, repartiendo teléfonos de una bolsa de plástico y recogiendo los gafetes, uno por uno. # show: jo:calm
{
- staff_room > 0:
  -> act_asked
- else:
  -> at_the_van
}

=== at_the_van ===
# show: dalia:anxious
Dalia es la última. Recoge su teléfono y se detiene junto a usted en la caseta mientras los demás se suben.
Por favor, no diga nada. Le debo a la agencia por la colocación. Hasta que lo pague, no me puedo ir. # speaker: dalia # indicator: hospital.contract_staff_exploitation
Si hay problemas, van con mi mamá. # speaker: dalia
+ ["Está bien. La escuché." # score: trust +1 # why: Le dice que la escucharon y no discute. Pero también deja que crea que no se va a comunicar nada, y eso quizás no sea cierto.]
  -> act_declined
+ ["No me puedo quedar con esto. Le voy a avisar a mi centro de control. A Jo no le voy a decir nada." # score: trust +2 # score: choice +1 # why: Es honesto sobre los límites de lo que puede callar, y claro sobre a dónde va. Lo que cuente después, y a quién, sigue siendo decisión de ella.]
  -> act_declined
+ [Asentir y no decir nada # score: safety +1 # why: Nada que Jo pueda ver. Pero Dalia no sabe qué va a hacer usted con lo que le dijo.]
  -> act_declined
+ ["No tiene que subirse a esa camioneta. Quédese aquí conmigo y esta noche resolvemos esto." # critical: detain_or_rescue # myth: myth.security_rescues # score: choice -2 # why: Decidir por una persona adulta que no está en peligro inmediato es un rescate que ella no pidió. Jo está a tres metros, y Dalia no tiene a dónde ir a las seis de la mañana.]
  Dalia se aparta de usted. # show: dalia:guarded
  No. Yo me voy. # speaker: dalia
  -> act_declined

=== act_declined ===
# requires: supervisor
Dalia se sube. La puerta lateral se cierra. # hide: dalia # sound: door_slide
# discuss: Dalia le pidió que no le dijera a nadie. ¿Qué puede hacer todavía, y quién decide lo que sigue?
+ [Llamar usted mismo a {hotline_name} desde la caseta, antes de que se vaya la camioneta # score: collaboration -1 # score: choice -1 # action: hotline # why: Quizás esto termine en la línea de ayuda, pero ella le pidió que no actuara, y sus órdenes de puesto indican que primero va al centro de control y a la persona responsable de protección del hospital.]
  -> hotline_alone
+ [Mandarle un correo en la mañana al gerente de instalaciones diciendo que la cuadrilla de la contratista comparte gafetes # score: report -1 # action: log # why: Quizás se corrija lo de los gafetes. Pero nadie que pueda actuar se entera de los teléfonos, del horario ni de la deuda.]
  -> badges_only
+ [Avisar por radio a {escalation_first}: los gafetes compartidos, los teléfonos, el horario y lo que ella dijo. Pedir que se involucre a la persona responsable de protección y al gerente de instalaciones # score: report +2 # score: collaboration +1 # action: supervisor # why: Una persona adulta que le pidió no actuar, y un conjunto de señales que alguien debe evaluar. El centro de control se entera ahora, junto con los canales del propio hospital, y decide con usted, según la política, si hay remisión.]
  -> told_control
+ [Llamar a la policía antes de que se vaya la camioneta: una deuda de la que uno no puede irse tiene que ser un delito # score: choice -2 # action: police # why: Dalia es una persona adulta que no está en peligro inmediato y le pidió que no lo hiciera. La policía en la camioneta les dice a Jo y a la agencia exactamente quién habló.]
  -> police_called
+ [Ir a la camioneta y decirle a Jo que, desde esta noche, cada quien se queda con su teléfono # critical: confront_controller # score: safety -2 # why: Enfrentar a la jefa de cuadrilla en la camioneta, con la cuadrilla adentro, los pone entre usted y ella. Observe, documente, informe.]
  -> confronted

=== act_asked ===
# requires: hotline
# show: dalia:guarded
Dalia recibe su teléfono de manos de Jo y lo sostiene con las dos manos.
Lo mira a usted una vez, del otro lado de la barrera, y se sube a la camioneta. # hide: dalia
+ [Avisar por radio a {escalation_first} y dejarle lo demás # score: choice -1 # action: supervisor # why: El centro de control tiene que saberlo, pero Dalia pidió ayuda esta noche. Dejar fuera lo que ella pidió la hace esperar a que otra persona decida.]
  -> control_only
+ [Llamar a la policía por ella, porque es lo más seguro # score: choice -2 # score: trust -1 # action: police # why: Ella pidió a alguien que no fuera la policía. Una persona adulta que no está en peligro inmediato decide eso por sí misma.]
  -> police_called
+ [Alcanzar a Jo en el reloj checador y decirle, con toda la amabilidad posible, que Dalia se va a quedar después de su próximo turno para ver al equipo de protección del hospital # score: safety -2 # score: trust -1 # why: Lo que Dalia haga después le toca contarlo a ella. Si se le dice a la jefa de cuadrilla, llega a la agencia antes de que nadie pueda ayudar.]
  -> told_jo
+ [Avisar por radio a {escalation_first}: ella pidió ayuda y aceptó una remisión a {hotline_name}, sin decirle nada a Jo # score: report +2 # score: choice +1 # action: hotline # why: Ella lo pidió. La remisión va a donde ella aceptó, por el canal que indican sus órdenes de puesto, y la persona responsable de protección del hospital puede reunirse con ella en su próximo turno.]
  -> hotline_with_her


=== told_control ===
Usted lo dice en pocas palabras: seis gafetes de la contratista compartidos en la cuadrilla, una sola camioneta que entra y sale a las seis, los teléfonos en manos de la jefa de cuadrilla, un horario de noches de doce horas y una deuda con la agencia. La trabajadora, una persona adulta, le pidió que no actuara.
{escalation_first} toma los datos. A las ocho va a llamar a la persona responsable de protección del hospital y al gerente de instalaciones, que puede revisar a la contratista por el proceso de cumplimiento de contratos del hospital. Van a decidir con usted si se pasa a {hotline_name}.
La camioneta se va. # hide: jo
# ending: control_room; El centro de control lo supo, y Dalia conservó su decisión
-> file_report(-> epilogue)

=== hotline_alone ===
Usted llama a {hotline_name} desde la caseta y les dice lo que vio y lo que dijo Dalia.
Cuando termina, {escalation_first} está en el radio preguntando por qué la persona responsable de protección va a ser la tercera en enterarse. # hide: jo
# ending: hotline_alone; La línea de ayuda lo supo, pero no a través del hospital
-> file_report(-> epilogue)

=== badges_only ===
La camioneta sale de la barrera. Usted escribe un correo corto sobre los gafetes y lo guarda para la mañana. # hide: jo
# ending: badges_only; Solo se informó lo de los gafetes
-> file_report(-> epilogue)

=== police_called ===
{
- staff_room > 0:
  Para cuando llega una patrulla, la camioneta ya se fue. El agente le pregunta el nombre de la agencia, y usted no lo tiene.
- else:
  Una patrulla llega a la barrera cuando la camioneta va saliendo. Jo enseña una tarjeta de presentación de la agencia y una copia del contrato de limpieza, y la camioneta se va.
}
# hide: jo
# ending: police_called; Llegó la policía, y la camioneta se fue
-> file_report(-> epilogue)

=== hotline_with_her ===
{escalation_first} lo anota y pregunta si Dalia estuvo de acuerdo. Usted dice que sí, y que ella pidió que no hubiera policía y que no se le dijera nada a Jo.
Esta mañana van a hacer la remisión a {hotline_name} con la persona responsable de protección. {hotline_consent_based: Trabajan con el consentimiento de la persona.} La persona responsable de protección le va a pedir a Ines que le ofrezca a Dalia otra revisión al comienzo de su próximo turno. # hide: jo
La camioneta se va. Usted no alcanza a ver la cara de Dalia.
# ending: hotline_with_her; La remisión fue a donde Dalia pidió, por los canales del hospital
-> file_report(-> epilogue)

=== control_only ===
{escalation_first} toma los datos y dice que en la mañana va a hablar con la persona responsable de protección.
Lo que Dalia pidió no está en lo que usted dijo. # hide: jo
# ending: control_room; El centro de control lo supo, y Dalia conservó su decisión
-> file_report(-> epilogue)

=== told_jo ===
# show: jo:guarded
Jo escucha, asiente y dice que le va a avisar a la agencia.
La camioneta se va. Dalia no aparece en el horario la noche siguiente, ni la otra. # hide: jo
# ending: told_jo; La jefa de cuadrilla se enteró primero
-> file_report(-> epilogue)

=== confronted ===
# show: jo:impatient
Jo lo escucha con los brazos cruzados.
Son adultos. Los entregan porque quieren conservar su trabajo. Si quiere poner una queja, hable con la agencia. # speaker: jo
Se sube, y la camioneta sale rápido. Por la ventana de atrás usted ve a Dalia con la cabeza agachada. # hide: jo
# ending: confronted; La jefa de cuadrilla quedó advertida
-> file_report(-> epilogue)


=== epilogue ===
{
- report_action == "emergency" || report_action == "police":
  {escalation_first} lee su informe. La policía fue a la camioneta de la agencia. Dalia es una persona adulta que no estaba en peligro inmediato, y había {staff_room > 0: pedido una ayuda que no fuera la policía|pedido que no le dijera a nadie}.
- report_action == "hotline":
  {escalation_first} lee su informe y confirma que se envió a {hotline_name}, con copia a la persona responsable de protección.
- report_action == "supervisor":
  {escalation_first} lee su informe y se lo pasa a la persona responsable de protección y al gerente de instalaciones antes de que empiece el turno de día.
- report_action == "log":
  Su informe queda en el registro del turno. Nadie fuera de seguridad lo lee esta semana.
- else:
  Nada de esta noche queda en el registro.
}
A las siete, Toni sale a su carro en el estacionamiento del personal, con la lonchera bajo el brazo.
Su turno termina a las ocho.
-> END
