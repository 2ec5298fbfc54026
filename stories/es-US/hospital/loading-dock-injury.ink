// translation-of: sha256:67e2c6c40a4535dd
# grammar: 1
# id: hospital.loading_dock_injury
# title: Turno temprano: el muelle de carga
# setting: hospital
# summary: Son las seis de la mañana en la entrada del personal. Los trabajadores de limpieza de la contratista llegan en una sola camioneta, apretados, y uno de ellos se lastima en el trabajo. El chofer no quiere hospital ni papeles. Consiga atención para el trabajador, apoye a la enfermera y comunique lo que ve.
# minutes: 10
# situation: labour_trafficking
# minor: no
# variants: 2
# content_note: Esta historia trata del posible trabajo forzoso de un hombre adulto que trabaja como limpiador para una contratista. Se describe una quemadura química en su mano, pero no se muestra. En uno de los caminos, un hombre jala a otro del brazo. Puede tomar una pausa en cualquier momento.
# focus: Primeros auxilios para una quemadura química, un intérprete profesional y un chofer que no quiere papeles
# character: gwen; Gwen; Una oficial de seguridad de unos sesenta años, terminando el turno de noche en la caseta de la entrada del personal.
# character: teo; Teo; Un limpiador de la contratista de unos treinta años, delgado, con un overol gris muy delgado.
# character: kurt; Kurt; Un hombre de unos cincuenta años, con chaqueta polar azul marino y gorra, que maneja la camioneta de los limpiadores.
# character: ines; Ines; La enfermera de triaje, de unos cuarenta años, con el pelo recogido y uniforme azul.
# character: interpreter; Intérprete; Una voz tranquila en la línea telefónica de interpretación del hospital.
# distractor: not.speaks_other_language
# distractor: not.accent
# distractor: not.nationality
# teaches: myth.only_women
# teaches: myth.only_sex
# teaches: myth.not_in_nice_places

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink


-> start


=== start ===
# phase: briefing
# bg: hospital_staff_entrance
# ambience: hospital_loading_bay
# show: gwen:calm
Son las seis menos diez de una mañana helada. El cielo sobre el muelle de carga todavía está oscuro.
Usted va a recibir la caseta de la entrada del personal de {org_name}. Gwen ha estado aquí toda la noche.
Ella le entrega el radio y el libro de registro. # sound: page_turn
La camioneta de la contratista de limpieza llega a las seis. La misma camioneta se los lleva a las diez de la noche. # speaker: gwen
Las mismas caras, al principio y al final del día. Todos los días de la semana, por lo que veo. # speaker: gwen # indicator: hospital.contract_staff_exploitation
Quizás no es asunto nuestro. Pero llevo mucho tiempo en esto. # speaker: gwen
* ["Gracias, Gwen. Voy a vigilar las llegadas y anotar lo que vea." # score: observe +1 # score: document +1 # why: Una sola señal no prueba nada, pero las notas sencillas, tomadas en el momento, arman el panorama que necesita un buen informe.]
  Bien. Fíjese más en el chofer que en los trabajadores. # speaker: gwen # show: gwen:relieved
* ["¿Alguna vez llegan por su cuenta, o siempre en la camioneta?" # score: observe +1 # why: Es una buena pregunta para una compañera que lleva meses observando. Anotar lo que usted mismo ve armaría el panorama más rápido.]
  Siempre en la camioneta. Siempre con él. # speaker: gwen
* ["El hospital revisa a sus contratistas. Aquí no pasan esas cosas." # score: observe -1 # myth: myth.not_in_nice_places # why: El trabajo forzoso aparece en hospitales, hoteles y oficinas, muchas veces a través de una subcontratista que nadie revisó bien. Mantenerse alerta no cuesta nada.]
  Revisan a la compañía, tal vez. No dónde duerme cada quien. # speaker: gwen # show: gwen:guarded
* ["Voy a parar la camioneta en la barrera y revisar la identificación de todos." # score: safety -2 # score: trust -1 # why: Revisar identificaciones solo a los trabajadores los asusta, le avisa al chofer que alguien lo notó y trata como sospechosas a las personas que quizás necesitan ayuda.]
  ¿Señalarlos a ellos? Son ellos los que me preocupan. # speaker: gwen # show: gwen:anxious
  Solo observe. Y anótelo. # speaker: gwen
- Gwen toma su bolsa y se va a casa. Usted anota la hora. # requires: log # hide: gwen
  -> arrival


=== arrival ===
# phase: observe
# show: kurt:calm
A las seis en punto, una minivan plateada entra al área de carga y se detiene junto al lugar para fumar. # sound: door_slide
El chofer se baja primero. Chaqueta polar azul marino, gorra y un llavero grande.
Tiene tiempo para mirar bien una sola cosa mientras se bajan.
* [Mirar la minivan # observe: minivan # reveals: hospital.contract_staff_exploitation]
  Nueve personas se bajan de una camioneta de siete asientos.
  Hay almohadas y cobijas en los asientos de atrás, y bolsas de pan en el piso.
  Los trabajadores se mueven despacio. Parece que durmieron con esa ropa.
* [Mirar el reloj checador junto a la puerta del personal # observe: time_clock # reveals: hospital.contract_staff_exploitation]
  El chofer pasa nueve tarjetas por el reloj, una tras otra, de un manojo que lleva en el llavero.
  Ningún trabajador toca el reloj. Luego él se guarda el manojo en el bolsillo.
* [Mirar el tablero de avisos del personal # observe: notice_board # reveals: nothing]
  El horario de la agencia de limpieza, una nota de objetos perdidos y un cartel de seguridad.
  "Guantes y gafas protectoras para TODO trabajo con químicos". Es el cartel de siempre del hospital.
* [Quedarse en la caseta]
- Los trabajadores entran en fila por la puerta del personal. El chofer se queda junto a la camioneta y prende un cigarro.
  -> rounds

=== rounds ===
A las siete menos veinte, usted hace su ronda por el área de carga.
* [Mirar los carritos de limpieza junto a la pared # observe: cleaning_carts # reveals: nothing # ambiguous: hospital.occupational_injury_no_gear]
  Dos carritos, trapeadores y cubetas. Un galón grande de removedor de cera para pisos, del fuerte, con una etiqueta roja que advierte de quemaduras.
  La caja de guantes de cada carrito está vacía. No hay gafas protectoras en ninguno de los dos.
  Quizás el equipo de la noche usó el último par y nadie ha repuesto todavía. O nunca hubo. Una caja vacía no le dice cuál de las dos.
* [Mirar el lugar para fumar # observe: smoking_spot # reveals: nothing]
  Dos camilleros comparten un termo de té y se ríen de algo en un teléfono. Hablan un idioma que usted no habla.
  Uno de ellos le hace señas para que se acerque y le enseña un video de los primeros pasos de su hijo.
* [Volver a la caseta]
- -> injury

=== injury ===
A las siete menos cinco, la puerta del muelle de carga se abre de golpe. # sound: door_close
Un trabajador sale rápido, con la mano y la muñeca derechas alejadas del cuerpo. # show: teo:anxious # indicator: hospital.occupational_injury_no_gear
Tiene la manga empapada. La piel de la mano está muy roja. No deja de tratar de limpiársela en el overol.
El chofer tira el cigarro y se acerca rápido. # show: kurt:impatient
{variant == 2: Adentro. Ya. No es nada.|Oye, oye, compa. Para adentro. No es nada, ¿sí?} # speaker: kurt
El trabajador se detiene. Mira al chofer, luego a usted, y otra vez al chofer. # requires: supervisor
-> first_aid


=== first_aid ===
# phase: talk
El trabajador necesita ayuda ya. ¿Qué hace usted primero? # discuss: Antes de cualquier pregunta: ¿qué necesita este trabajador ahora mismo, y quién se lo debe dar?
* [Preguntarle primero al chofer qué pasó # score: safety -1 # why: Con una quemadura química cada segundo cuenta, y la versión del chofer no es la del trabajador. Primero el agua; las preguntas, nunca.]
  -> eyewash_late
* [Quitarle la manga y poner la mano bajo el agua corriente, ya. Luego pedir por radio una enfermera # score: safety +3 # why: Un químico sigue quemando mientras esté sobre la piel. Quitar la ropa mojada, mucha agua corriente de inmediato, y luego el equipo clínico se hace cargo. Su salud va antes que todo lo demás.]
  Usted señala el fregadero hondo que está justo adentro de la puerta del personal, le quita la manga mojada del brazo y pone su propia mano bajo la llave para enseñarle. Él hace lo mismo.
  El agua corre. Sus hombros se relajan un poco.
  -> eyewash
* [Pedir por radio una enfermera a la sala de emergencias, y mantenerlo tranquilo y quieto hasta que llegue # score: safety +1 # why: Llamar al equipo clínico es correcto, pero cada segundo que el químico sigue en su piel importa. Primero el agua; el radio, mientras corre.]
  La enfermera viene en camino. Él sigue ahí parado, limpiándose la mano en el overol.
  -> eyewash_late
* [Decirle al chofer que lo resuelva con el gerente de su propia empresa # score: safety -2 # score: trust -1 # why: Tenía enfrente a un trabajador con una quemadura química reciente. Dejar su atención en manos del hombre que lo trajo puede significar que no reciba ninguna.]
  -> sent_away

=== eyewash_late ===
Se quemó en su casa. Con la estufa. Ayer. # speaker: kurt # indicator: hospital.inconsistent_injury_story
La manga todavía gotea. Huele fuerte, como el galón del carrito.
Usted le quita la manga mojada y le pone la mano bajo la llave del fregadero. Ya pasaron varios minutos.
-> eyewash

=== eyewash ===
Se abren las puertas de la sala de emergencias. Ines sale con una silla de ruedas. # show: ines:calm
{eyewash_late: Ines mira la mano y luego al chofer.|Ines mira la mano. Deja correr el agua.}
Manténgala en el agua. Mucha agua. Tiene que entrar ya. # speaker: ines
Hospital no. Yo lo llevo a la farmacia. Fue la estufa, en su casa. # speaker: kurt # indicator: hospital.inconsistent_injury_story
Yo soy su supervisor. Yo me encargo. # speaker: kurt
El trabajador mira al chofer antes de hacer cualquier cosa. # show: teo:guarded # indicator: hospital.patient_defers_fearful
Está a cincuenta pasos. Va a entrar. # speaker: ines
{variant == 2: Está bien. Pero pago en efectivo. Sin formularios.|Ok, ok. Pero sin papeles, ¿sí? Pago en efectivo.} # speaker: kurt # indicator: hospital.companion_holds_documents_pays
* ["Vamos a llevarlo adentro." # score: safety +1 # score: collaboration +1 # why: Apoyar a la enfermera con calma lo lleva rápido a recibir atención, y no le muestra sospecha a un chofer que ya está nervioso.]
  -> triage
* ["Antes de que nadie se mueva, necesito su nombre, su compañía y la identificación de todos los que vienen en esa camioneta." # score: safety -2 # score: trust -2 # why: Exigir identificación a todo el equipo convierte un momento médico en una investigación. Alerta al chofer y asusta a los trabajadores. Consiga que lo atiendan y anote lo que ve.]
  -> crew_check

=== crew_check ===
La cara del chofer se cierra. # show: kurt:impatient
Olvídelo. Está bien. Vuelve a trabajar. # speaker: kurt
Toma al trabajador del codo sano y lo lleva hacia la puerta del personal. El trabajador se va con él.
-> leaving_choice

=== sent_away ===
{variant == 2: ¿Ve? Yo me encargo.|Gracias, jefe. Yo lo arreglo.} # speaker: kurt
Se quemó en su casa, con la estufa. Es de antes. # speaker: kurt # indicator: hospital.inconsistent_injury_story
Lleva al trabajador de vuelta a la camioneta y le da una botella de agua para que se la eche en la mano.
Cinco minutos después la camioneta sale, con el trabajador en el asiento de adelante. # sound: door_slide # hide: teo # hide: kurt
-> sent_away_end

=== sent_away_end ===
# phase: act
Las luces traseras de la camioneta salen por el portón.
* [Avisar por radio al centro de control: trabajador de la contratista lastimado, sin primeros auxilios, y la placa # score: document +2 # action: supervisor # why: Perdió la oportunidad de conseguirle atención, pero un registro sencillo de la lesión y de la camioneta permite que alguien todavía le dé seguimiento.]
  Usted lo anota. El centro de control registra una lesión de un trabajador de la contratista sin primeros auxilios.
* [Dejarlo así. Es trabajador de ellos, no suyo, y el chofer dijo que él se encargaba. # score: document -1 # why: Una persona lastimada en las instalaciones que usted vigila sí le concierne. Una nota sencilla cuesta poco y podría ayudarle más adelante.]
  El área de carga vuelve a quedar en silencio.
- # ending: van_left; La camioneta se fue
  Las cajas de guantes de los carritos siguen vacías.
  -> file_report(-> epilogue_vanleft)

=== triage ===
# bg: hospital_ed_waiting
# ambience: hospital_waiting
# show: ines:calm
# show: teo:guarded
# show: kurt:calm
Ines lo lleva en la silla de ruedas por la sala de espera hasta la ventanilla de triaje. El chofer camina a su lado.
Ella lee su nombre bordado en el overol: Teo.
Es mi sobrino. No habla inglés. Yo le traduzco. # speaker: kurt # indicator: hospital.relationship_claim_doesnt_fit
El chofer saca de su chaqueta una cartera de plástico. Adentro hay varios pasaportes. Escoge uno y lo pone en el mostrador. # indicator: hospital.companion_holds_documents_pays
Teo mira el pasaporte y luego el piso. # requires: supervisor
{variant == 2: Efectivo. ¿Cuánto? Tenemos prisa.|¿Cuánto le debo, señorita? En efectivo está bien, ¿no?} # speaker: kurt
Vamos a conseguir un intérprete por teléfono para Teo. # speaker: ines
No hace falta. Yo traduzco. Es más rápido. # speaker: kurt # indicator: hospital.companion_speaks_for_patient
* [No decir nada y dejar que Ines decida # score: collaboration +1 # why: Lo del intérprete le toca decidirlo a la enfermera, y ella lo está decidiendo. Un comentario de rutina de su parte, apoyándola, habría terminado la discusión más rápido.]
  Ines toma el teléfono de todos modos.
  -> interpreter_call
* [Apoyar a Ines: "Usamos la línea telefónica con todos." # resolves: hospital.occupational_injury_no_gear # score: culture +2 # score: safety +1 # why: Un intérprete profesional que no conoce a nadie aquí deja que Teo hable por sí mismo. Si el chofer traduce, él decide lo que Teo dice.]
  -> interpreter_call
* ["Está bien. Que él traduzca. Será más rápido." # critical: companion_as_interpreter # score: culture -2 # why: Cada palabra pasa por el hombre que quizás lo controla, así que Teo no puede decir nada que al chofer no le guste. Un intérprete por teléfono es gratis y rápido.]
  -> kurt_translates

=== kurt_translates ===
Ines duda. Luego pregunta cómo pasó.
El chofer le habla a Teo un buen rato, en voz baja. Teo contesta con una sola palabra.
Dice que la estufa. En su casa. # speaker: kurt
Ines le cubre la quemadura con un vendaje. El chofer también contesta todas las demás preguntas.
Nada de exámenes. Nada de cartas a la compañía. Nos vamos. # speaker: kurt # indicator: hospital.rush_to_leave_ama
-> back_to_work_end

=== back_to_work_end ===
# phase: act
A las siete y media, Teo ya está de vuelta en la camioneta, con un vendaje blanco en la mano. # sound: door_slide # hide: teo # hide: kurt
# ending: back_to_work; De vuelta en la camioneta
Nunca dijo una palabra por sí mismo.
-> file_report(-> epilogue_backtowork)

=== interpreter_call ===
Ines marca. Contesta una voz tranquila que le habla a Teo en su propio idioma.
Él escucha. Por primera vez en la mañana, contesta con oraciones completas.
Dice que fue el líquido de limpieza. El fuerte. Esta mañana. # speaker: interpreter # indicator: hospital.occupational_injury_no_gear
Dice que no hay guantes. Que no ha habido desde hace semanas. # speaker: interpreter # indicator: hospital.occupational_injury_no_gear
El chofer se ríe. # show: kurt:guarded
Está confundido. Fue una noche larga. # speaker: kurt # indicator: hospital.inconsistent_injury_story
Ines se pone de pie.
Gracias. Ahora voy a ver a Teo a solas unos minutos. Lo hacemos con todos los pacientes. Es la política. # speaker: ines
{variant == 2: No. Yo me quedo. Soy responsable de él.|No, yo me quedo. Soy responsable del muchacho.} # speaker: kurt
Ines lo mira a usted.
* [Quedarse donde está y dejar que Ines le pregunte otra vez # score: safety +1 # score: collaboration -1 # why: Es una respuesta tranquila, y lo mantiene fuera de un enfrentamiento. Pero deja a Ines sola frente a él, cuando una tarea de rutina de su parte le habría dado el espacio.]
  -> no_room
* [Mantenerlo de rutina: "Si se lastimó en el trabajo, hay que llenar un formulario de incidente. ¿Me acompaña al puesto?" # score: safety +2 # score: collaboration +1 # why: Una tarea real y de rutina lo mantiene ocupado con calma y lejos del área, así Teo tiene tiempo a solas con su enfermera y nadie muestra sospecha.]
  -> podium
* ["Usted tiene su pasaporte. Démelo. Es de él, no suyo." # critical: take_documents # score: safety -2 # score: choice -1 # why: Quitar un pasaporte no es su papel, ni siquiera al chofer, y el enfrentamiento lo pone en alerta. Teo podría pagarlo después. Mantenga todo en la rutina e informe lo que vio.]
  -> passport_grab
* ["Si él no tiene permiso para trabajar aquí, a inmigración le va a interesar esto." # critical: threaten_arrest_or_immigration # score: safety -2 # score: trust -2 # why: Esa es la amenaza que usan quienes controlan a los trabajadores para que los trabajadores no hablen. Teo entiende que hablar podría hacer que lo deporten. Deje a inmigración fuera de esto y apoye a la enfermera.]
  -> threat_said

=== passport_grab ===
El chofer vuelve a guardar la cartera dentro de su chaqueta y le sube el cierre. # show: kurt:impatient
¿Y usted quién se cree? # speaker: kurt
Ya terminó aquí. Vámonos. # speaker: kurt
Teo se levanta de la silla de ruedas, con la mano pegada al pecho. # show: teo:anxious
-> leaving_choice

=== threat_said ===
El intérprete sigue en la línea. Ines aparta el teléfono, pero Teo oyó la palabra.
Se pone pálido. Dice algo, rápido. # show: teo:anxious
Dice que no quiere problemas. Quiere volver a trabajar. # speaker: interpreter
{variant == 2: Ya lo oyó.|¿Ve? Es buen muchacho. Quiere trabajar.} # speaker: kurt # show: kurt:calm
-> leaving_choice

=== podium ===
El chofer mira hacia el área. Luego lo mira a usted. Luego se encoge de hombros.
Diez minutos. # speaker: kurt
Ines lleva a Teo en la silla por las puertas hacia el área de tratamiento. # hide: teo # hide: ines # sound: door_slide
En el puesto, el chofer llena el formulario despacio. Pone el nombre de una compañía, pero ni dirección ni número de oficina. # indicator: hospital.contract_staff_exploitation
Cosas de la agencia. Pregúntele a la agencia. # speaker: kurt
Se sienta en la banca junto al puesto con su teléfono, y ahí se queda.
-> nurse_word

=== no_room ===
Ines vuelve a pedirlo. El chofer se cruza de brazos y se queda.
Ella trata la quemadura con él al lado, contestando por Teo. # indicator: hospital.companion_speaks_for_patient
Nada de exámenes. Nada de cartas a la compañía. Nos vamos. # speaker: kurt # indicator: hospital.rush_to_leave_ama
-> leaving_choice


=== nurse_word ===
# phase: act
# show: ines:guarded
Ines le hace señas para que pase por las puertas del área de tratamiento, donde el chofer no los ve. Habla en voz baja. # discuss: ¿Qué va a anotar usted, y qué debe dejarle al equipo clínico para que se lo pregunte a él?
Solo le voy a decir lo que necesita para la seguridad. # speaker: ines
La quemadura va a sanar, pero hay que revisarla mañana. También tiene marcas más viejas en la otra mano. Nunca lo atendieron. # speaker: ines # indicator: hospital.delayed_care_old_injuries
No dijo mucho. Preguntó dos veces si iba a perder el trabajo, y una vez por su pasaporte. # speaker: ines
Le tiene miedo a la policía, y a que lo manden de regreso. Por ahora solo quiere que le curen la mano. # speaker: ines
La enfermera a cargo llamó a trabajo social. Ellos le pueden hablar de {hotline_name}.{hotline_languages: Pueden ayudarle en {hotline_languages}.}{hotline_not_police: No son la policía.} Él decide. # speaker: ines
Lo que le pido a usted: mantenga al chofer fuera del departamento. Avísele al centro de control. Anótelo. # speaker: ines
* ["¿Me quiere en el puesto o en estas puertas?" # score: collaboration +1 # why: Dejar que la enfermera decida dónde ponerlo apoya el plan. Pero el centro de control todavía necesita enterarse por usted.]
  En el puesto. Donde él lo vea. # speaker: ines
  -> plan
* [Asentir y avisar por radio al centro de control desde aquí # score: collaboration +2 # score: choice +1 # action: supervisor # why: Usted hace la parte de seguridad del plan y nada más. La historia de Teo se queda con las personas a las que él eligió contársela, y la decisión de lo que sigue es suya.]
  -> plan
* ["Voy a retener al chofer aquí hasta que llegue la policía. No se va." # critical: detain_or_rescue # score: safety -2 # myth: myth.security_rescues # why: Retener a alguien no es su papel, y Teo dijo que le tiene miedo a la policía. Un enfrentamiento pone a todos en riesgo. Infórmelo y deje que Teo decida.]
  -> hold_driver
* [Ir al área de Teo y pedirle a Ines que ponga al intérprete: "Nadie le va a avisar a inmigración. Se lo prometo. Ya está a salvo." # critical: promise_cannot_keep # score: trust -2 # why: Usted no controla lo que hacen otras agencias. Una promesa que no se cumple le enseña a Teo a no confiar en la ayuda. Sea honesto sobre lo que puede y no puede hacer.]
  -> promised

=== promised ===
Ines frunce el ceño, pero pone el teléfono en altavoz. # show: ines:anxious
El intérprete transmite sus palabras. Hay una pausa larga.
Dice que antes ya le prometieron cosas. Así fue como llegó aquí. # speaker: interpreter
Cuando llega la trabajadora social, Teo dice que solo quiere que le curen la mano. No quiere hablar de nada más.
El chofer regresa a las ocho y espera junto a la entrada. Teo sale con él a la camioneta. # sound: door_slide
# ending: no_help; Decidió no hablar
Teo tiene un vendaje en la mano y una tarjeta en el bolsillo. Lo demás lo decide él.
-> file_report(-> epilogue_nohelp)

=== hold_driver ===
El chofer vuelve a entrar, frotándose las manos por el frío. # sound: door_slide # show: kurt:calm
Usted se le pone enfrente y le dice que tiene que esperar a la policía.
Él lo mira un segundo. Luego se da la vuelta y sale directo. # show: kurt:impatient
Diez minutos después la camioneta ya se fue, con ocho trabajadores todavía dentro del edificio. # hide: kurt
Nadie sabe cómo van a volver a casa esta noche.
-> driver_gone_end

=== driver_gone_end ===
Teo se queda para que le pongan el vendaje. Habla con trabajo social, a través del intérprete.
# ending: driver_gone; La camioneta se fue sin él
Esta noche, los otros ocho van a esperar junto a la puerta del personal una camioneta que quizás no llegue.
-> file_report(-> epilogue_drivergone)

=== plan ===
Usted avisa por radio al centro de control, en voz baja. Da una descripción sencilla del chofer y la placa de la camioneta.
El centro de control le avisa a {escalation_first}, que va a decidir con el equipo médico quién más necesita saberlo, y cuándo. Nadie llama a la agencia.
-> kurt_back

=== kurt_back ===
Cuando usted vuelve a salir, el chofer está de pie. # show: kurt:impatient
{variant == 2: ¿Dónde está? Nos vamos. Ya.|A ver, ¿dónde está mi muchacho? Ya nos vamos.} # speaker: kurt
Empieza a caminar hacia las puertas del área de tratamiento.
* ["Las visitas esperan aquí afuera, señor." # score: safety +1 # score: trust -1 # why: Es cierto, y lo detiene. Dicho en seco, suena a pared, y él podría quedarse esperando justo en las puertas.]
  -> calm_wait
* ["Todavía lo están atendiendo. La enfermera le va a avisar." # score: safety +2 # score: trust +1 # why: Palabras tranquilas, algo de distancia y una salida fácil lo mantienen lejos del área sin pelear, y no le dicen nada de lo que Teo contó.]
  -> calm_wait
* ["No se va a ir a ningún lado con usted. Sabemos lo de los pasaportes." # critical: confront_controller # score: safety -3 # why: Esto le dice al chofer que Teo habló. Teo, y los otros trabajadores, podrían pagarlo. Manténgalo en la rutina: lo están atendiendo.]
  -> told_him

=== calm_wait ===
Se detiene y mira las puertas. Luego su teléfono. # show: kurt:guarded
Tengo un edificio que limpiar. Dígale que paso por él en la noche. # speaker: kurt
Sale a la camioneta. El centro de control la ve irse. # sound: door_slide # hide: kurt
Detrás de las puertas, una trabajadora social se sienta con Teo y el intérprete. Usted no está en la sala, y no necesita estar.
# ending: stayed; Se quedó y habló con trabajo social
A las nueve, Ines le dice solo una cosa: Teo aceptó volver a hablar con alguien, mañana.
-> file_report(-> epilogue_stayed)

=== told_him ===
El chofer se queda muy quieto.
Luego empuja las puertas y entra al área de tratamiento. # sound: door_slide
Un momento después sale con Teo, agarrándolo del brazo sano. # show: teo:anxious
-> danger

=== danger ===
# phase: act
El chofer jala a Teo hacia las puertas de entrada. Teo planta los pies y se echa para atrás. # requires: emergency # show: kurt:impatient
No. No. Por favor. # speaker: teo
Teo no quiere ir. El chofer no lo suelta.
* [Gritarle al chofer que lo suelte # score: safety -1 # why: No es agarrarlo, pero tampoco es ayuda. Gritar puede hacer que jale más fuerte. La llamada de emergencia trae ayuda.]
  No lo suelta. Usted marca {emergency_number}, tarde.
  -> called
* [Marcar {emergency_number} desde el puesto, en voz alta y clara # score: safety +3 # score: report +2 # action: emergency # why: Están sacando a alguien contra su voluntad en este momento. Es una emergencia: llame primero, mantenga la distancia y sea el mejor testigo posible.]
  -> called
* [Agarrar al chofer y forcejear para quitárselo a Teo # critical: detain_or_rescue # score: safety -3 # myth: myth.security_rescues # why: Un forcejeo puede lastimar a Teo, a usted y a los pacientes de alrededor, y volver más peligroso al chofer. Llame al número de emergencias y observe.]
  -> grabbed
* [Avisar por radio a {escalation_first} y esperar instrucciones # critical: no_emergency_call # score: safety -2 # why: Cuando a alguien se lo están llevando a la fuerza en este momento, la llamada de emergencia va primero. Avísele a su supervisor justo después.]
  -> radioed

=== called ===
Usted se hace para atrás y marca {emergency_number}. Da el nombre del hospital y dice lo que ve.
{variant == 2: El chofer oye la palabra "policía" y sigue jalando, hasta las puertas. Ahí Teo se sienta en el piso, y el chofer lo suelta y corre a la camioneta. # hide: kurt # sound: door_slide|El chofer oye la palabra "policía". Suelta a Teo y sale rápido. # hide: kurt # sound: door_slide}
Teo se sienta en el piso junto a los asientos, con la mano pegada al pecho. # show: teo:anxious
Ines se arrodilla a su lado, sin acercarse demasiado. El intérprete vuelve a la línea.
Cuando llega la policía, usted les dice lo que vio, y la placa de la camioneta.
# ending: emergency; Llegó la policía y Teo se quedó
Teo habla primero con la trabajadora social, a través del intérprete. Su parte fue la llamada.
-> file_report(-> epilogue_emergency)

=== grabbed ===
Usted agarra el brazo del chofer. Él se voltea, y la mano quemada de Teo pega contra el marco de la puerta. Teo grita.
El chofer lo suelta y se abre paso a empujones hasta la camioneta. # sound: door_slide # hide: kurt
Solo entonces alguien marca {emergency_number}.
-> taken_end

=== radioed ===
Usted aprieta el botón del radio. {escalation_first} tarda unos segundos en contestar.
Lo primero que oye es: marque {emergency_number}, ya.
Para cuando usted marca, el chofer ya sacó a Teo por las puertas y lo subió a la camioneta. # sound: door_slide # hide: kurt # hide: teo
-> taken_end

=== taken_end ===
La policía le toma la declaración. La placa de la camioneta está en sus notas de esta mañana.
# ending: taken; Salió mal en las puertas
Los carritos de limpieza se quedan junto a la puerta del personal todo el día. Nadie viene por ellos.
-> file_report(-> epilogue_taken)

=== leaving_choice ===
# phase: act
Ines se pone delante de Teo, tranquila pero firme. # show: ines:anxious
Esa quemadura necesita tratamiento. Si se va ahora, se puede poner mucho peor. # speaker: ines
Sin formularios. Nos vamos. # speaker: kurt # indicator: hospital.rush_to_leave_ama
Teo voltea una vez. Luego sigue al chofer.
* [Sostener la puerta: "Esa mano necesita que la revisen. Vuelva cuando quiera." # score: trust +1 # why: Honesto y amable, y él oye que la puerta sigue abierta. Pero no le llega nada al centro de control.]
  Teo lo mira a usted un segundo. Luego a la camioneta.
* [Dejarlos ir; avisar por radio al centro de control la camioneta, la placa y la hora # score: document +2 # score: safety +1 # action: supervisor # why: Usted no puede impedir que unos adultos se vayan. Notas exactas, el video guardado y un aviso al centro de control les dan algo con qué trabajar a quienes sí pueden actuar.]
  Usted anota mientras se van: las horas, la chaqueta polar azul marino, el overol gris, la camioneta plateada y su placa.
  El centro de control guarda el video del área de carga y de la entrada.
* [Pararse frente a las puertas para que no puedan irse # critical: detain_or_rescue # score: safety -2 # myth: myth.security_rescues # why: Impedir que unos adultos se vayan es retenerlos. Los pone en riesgo a usted y a Teo, y puede empeorar las cosas para él después. Mejor sea un buen testigo.]
  Usted se planta frente a las puertas.
  Muévase. No nos puede retener aquí. # speaker: kurt
  Tiene razón. Teo mira fijamente el piso. Usted se hace a un lado, y ellos salen.
- # hide: kurt
  # hide: teo
  # ending: left_untreated; Se fueron antes de que lo atendieran
  La silla de ruedas queda vacía junto a la ventanilla de triaje.
  -> file_report(-> epilogue_left)


=== epilogue_vanleft ===
A las diez de la noche, la camioneta vuelve por el equipo. Uno de ellos lleva un trapo blanco amarrado en la mano.
-> aftermath

=== epilogue_backtowork ===
Esa noche, la camioneta recoge al equipo a las diez, como siempre. Teo se sube al último.
-> aftermath

=== epilogue_nohelp ===
Una semana después, Teo sigue en el equipo. Una mañana, en la puerta del personal, lo saluda con la cabeza. Solo una vez.
Decir que no hoy no significa decir que no para siempre. Muchas personas necesitan varias oportunidades antes de pedir ayuda.
-> aftermath

=== epilogue_drivergone ===
A la mañana siguiente, la agencia manda otra camioneta, con otro chofer.
-> aftermath

=== epilogue_stayed ===
Teo no está en el equipo a la mañana siguiente. Nadie le dice a usted dónde está, y así debe ser.
-> aftermath

=== epilogue_emergency ===
Dos días después, la policía y el equipo de contratos del hospital empiezan a hacer preguntas sobre la agencia, con discreción. Nadie quiere que a los otros ocho los muevan de un día para otro a un lugar peor.
-> aftermath

=== epilogue_taken ===
La camioneta nunca vuelve al muelle de carga. El número de teléfono de la agencia ya no funciona.
-> aftermath

=== epilogue_left ===
Ines pone una nota en el expediente de Teo: se fue antes del tratamiento, con el hombre que tenía su pasaporte.
-> aftermath

=== aftermath ===
{
- report_action == "emergency":
  Su informe llega a la policía. Un agente lo llama al día siguiente para confirmar la placa de la camioneta.
- report_action == "police":
  Su informe llega a la policía, aunque nadie estaba en peligro inmediato y nadie la había pedido.
- report_action == "hotline":
  Su informe llega a {escalation_first} y a {hotline_name}. Allí hay personas que pueden acompañar a Teo{hotline_languages: en su propio idioma}{hotline_consent_based:, con su consentimiento}.
- report_action == "supervisor":
  En el cambio de turno, {escalation_first} lee su informe y dice que de ahí en adelante se encarga, junto con el equipo médico.
- report_action == "log":
  Su informe queda en el registro del turno. Nadie llama por eso.
- else:
  Nada de esta mañana queda en el registro. Para mañana, los detalles ya se están borrando.
}
Su turno termina a las dos de la tarde.
-> END
