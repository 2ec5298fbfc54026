// translation-of: sha256:c8d20448358d8584
# grammar: 1
# id: hotel.family_suite
# title: Turno de día: la suite de la familia
# setting: hotel
# summary: Una familia con dos niños pequeños pasa una semana en el cuarto piso, con la mujer que cuida a los niños. Limpieza tiene una pregunta para usted.
# minutes: 12
# situation: labour_trafficking
# minor: no
# variants: 2
# content_note: Esta historia trata de una mujer adulta que trabaja para una familia como niñera interna, y toca el control de sus documentos, su sueldo y su tiempo. No se muestra violencia. Puede tomar una pausa en cualquier momento.
# focus: Un empleador amable y una trabajadora que dice estar contenta: fíjese en el patrón, cuide su seguridad y deje que la remisión haga su trabajo
# character: dot; Dot; Supervisora de limpieza, de unos cincuenta años, con una tablilla y un radio. Hoy es su compañera.
# character: lena; Lena; Una mujer de unos cuarenta años con un suéter gris, que lleva una mochila de niño y un monitor de bebé.
# character: claire; Claire; Una huésped de unos cuarenta años con un saco de lino, amable y ocupada, siempre con el teléfono en la mano.
# distractor: not.nationality
# distractor: not.accent
# distractor: not.cheap_clothes
# teaches: myth.not_in_nice_places
# teaches: myth.locked_up
# teaches: myth.would_ask_for_help
# teaches: myth.trauma_story_changes

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

-> start

=== start ===
# phase: briefing
# bg: hotel_corridor_day
# ambience: hotel_corridor
# show: dot:calm
Son las diez y veinte de la mañana de un día de semana, cuarto piso. Usted está en el turno de día para {org_name}.
Dot, la supervisora de limpieza, le hace señas desde el elevador de servicio.
La familia de la 414 y la 412. Los Whitlock, con dos niños pequeños y una niñera. Se quedan toda la semana. # speaker: dot
{variant == 2: Nunca he visto a la niñera sin uno de los padres al lado.|La niñera estaba en el pasillo a las dos de la mañana con el bebé, y a las seis en el bufé por la bandeja.} # speaker: dot
Seguro no es nada. Es que nunca la he visto sentarse. # speaker: dot
+ ["¿Alguna vez baja sola? ¿A comer, o a salir?" # score: observe +1 # why: Una pregunta abierta busca el dato que más importa, sin ponerle una etiqueta a nadie.]
  Que yo sepa, no. # speaker: dot
+ ["No adivinemos todavía. Hoy voy a estar pendiente y voy a anotar lo que vea, con la hora." # score: observe +1 # score: document +1 # why: Observar con calma y anotar las cosas en el momento es la base de un informe útil, y no alerta a nadie.]
  Me parece bien. Mi equipo está en este piso hasta las dos. # speaker: dot
+ ["Las niñeras trabajan muchas horas, así es el trabajo. Una familia en una suite así no es asunto nuestro, a menos que se quejen de algo." # score: observe -1 # myth: myth.not_in_nice_places # why: Muchas horas pueden ser solo un trabajo duro. Pero si cierra la pregunta por el precio de la habitación, deja de mirar justo lo que le ayudaría a distinguir un caso del otro.]
  Puede ser. # speaker: dot # show: dot:guarded
  Igual me gustaría que recorriera el piso. # speaker: dot
+ ["Vamos a tocar ahora y a revisar que todo esté bien en la suite." # score: safety -1 # score: trust -1 # why: Todavía no hay una preocupación por su bienestar que lo justifique. Tocar la puerta le dice a la familia que alguien está vigilando a la niñera, y ella es quien paga las consecuencias.]
  ¿Con qué motivo? Nos lo van a preguntar. # speaker: dot # show: dot:guarded
  Mejor veamos cómo va la mañana. # speaker: dot
- Usted anota la hora y los números de las habitaciones. # requires: log
  -> corridor

=== corridor ===
# phase: observe
# hide: dot
Usted recorre el pasillo despacio, como todas las mañanas.
- (around)
* [Mirar la puerta de la 414 # observe: dnd_door # reveals: hotel.dnd_refuses_service]
  Según la hoja de Dot, el letrero de No molestar está puesto desde el lunes. Han rechazado a limpieza todos los días.
  Cada mañana dejan las toallas usadas al pie de la puerta, y reciben las limpias en la puerta.
  -> around
* [Mirar la bandeja del desayuno afuera de la 412 # observe: room_tray # reveals: nothing # ambiguous: hotel.guest_injured_deprived]
  Dos platos pequeños con orillas de panqueque y un vaso entrenador. La nota del servicio a la habitación es por dos desayunos de niño, y nada más.
  Un tercer plato tiene las sobras de los niños, y alguien lo limpió con una orilla de pan.
  Alguien se comió lo que dejaron los niños, o alguien solo recogió. Desde aquí no se puede saber.
  -> around
* [Leer el informe de habitaciones en el carrito de limpieza # observe: room_sheet # reveals: hotel.guest_withholds_id_details]
  Una cuna para la 412, almohadas extra para la 420. Detrás está la copia de recepción de la reserva de la 412 y la 414.
  Sr. y Sra. Whitlock, dos niños y "+1 personal". Donde debería ir el nombre y la identificación de la quinta persona, alguien escribió: en poder del huésped.
  -> around
* [Revisar la hoja de registro junto al elevador de servicio # observe: service_lift # reveals: nothing]
  El equipo de Dot, un plomero a las nueve y diez, la florista a las nueve y media.
  Nadie de las habitaciones del cuarto piso ha firmado por nada.
  -> around
* [Mirar por la ventana al final del pasillo # observe: end_window # reveals: nothing]
  El patio de servicio, una camioneta blanca de la lavandería y un repartidor hablando por teléfono.
  -> around
+ [Esperar junto al elevador de servicio]
- -> first_talk

=== first_talk ===
# phase: talk
# show: lena:calm
Se abre la puerta de la 412. Sale una mujer con un suéter gris, con una mochila de niño al hombro y un monitor de bebé sujeto al bolsillo.
Camina hasta el elevador de servicio, aprieta el botón y mira al piso.
+ ["Buenos días. De vez en cuando pasamos a saludar a todos en este piso. ¿Todo bien en la suite?" # score: trust +1 # why: Decir por qué está ahí es honesto y rutinario. Suena un poco oficial, y una pregunta sobre la suite es algo que ella puede sentir que debe contestar por la familia.]
  -> routine
+ ["¿Usted es la niñera de la 414? ¿La tratan bien? ¿Le pagan como debe ser?" # critical: interrogate_victim # score: trust -2 # why: Preguntas sobre su sueldo y su trato, hechas en un pasillo por un desconocido de uniforme, son preguntas que ella no puede contestar sin riesgo. Además le dicen que usted cree que algo anda mal con sus empleadores.]
  -> pried
+ [Sostener la puerta del elevador cuando llegue, y esperar # score: trust +2 # score: safety +1 # why: Una cortesía pequeña y normal, sin preguntas, le deja a ella decidir si quiere decir algo o no.]
  -> held_door
+ ["¿Me enseña su tarjeta de la habitación, por favor? Este piso es solo para huéspedes." # score: trust -2 # score: choice -1 # why: Pedirle la tarjeta la trata como sospechosa. Y si su empleador tiene su tarjeta, la pone en un aprieto que ella no causó.]
  -> carded

=== held_door ===
Ella levanta la vista, sorprendida.
Gracias. # speaker: lena
-> after_open

=== routine ===
Sí. Todo está bien, gracias. # speaker: lena
-> after_open

=== pried ===
Ella da un paso atrás, lejos del elevador. # show: lena:anxious
Son muy buenos conmigo. # speaker: lena
Mira la puerta de la 414, no a usted.
-> after_open

=== carded ===
Se toca los bolsillos del suéter y se detiene. # show: lena:anxious
La tiene la señora Whitlock. Puedo ir a pedírsela. # speaker: lena
Voltea a ver la 414 como si hubiera hecho algo malo.
-> after_open

=== after_open ===
El elevador tarda. Ella se acomoda la mochila y aguanta un bostezo.
+ ["¿Noche larga?" # resolves: hotel.guest_injured_deprived # score: trust +1 # why: Una pregunta ligera y humana le deja espacio para decir mucho o poco. Es amable, pero no le ofrece nada que pueda usar después.]
  -> long_night
+ ["Casi todas las mañanas hay café en el cuarto de blancos. Al equipo de Dot no le molesta." # score: trust +2 # score: peer_support +1 # why: Indicarle un lugar tranquilo con gente amable le da un sitio donde estar, sin pedirle nada.]
  -> coffee
+ ["Si alguien la tiene aquí en contra de su voluntad, me lo puede decir ahora mismo." # critical: labelling_question # score: trust -2 # myth: myth.ask_directly # why: Nadie contesta una pregunta así en el pasillo de un hotel, con su empleador a una puerta de distancia. La obliga a negarlo, y usted se vuelve alguien a quien evitar.]
  -> asked_direct

=== coffee ===
Ella casi sonríe.
No tengo mucho tiempo. El más chiquito se despierta mucho. Duermo con los niños, para estar cuando me necesitan. # speaker: lena # indicator: hotel.guest_injured_deprived
Tal vez cinco minutos. Tal vez. # speaker: lena
-> claire_out

=== long_night ===
Todas las noches son largas. # speaker: lena
Duermo con los niños, para estar cuando me necesitan. # speaker: lena # indicator: hotel.guest_injured_deprived
Como con ellos, lo que dejan. No hay tiempo para pedir comida. # speaker: lena
-> claire_out

=== asked_direct ===
No. No, nada de eso. # speaker: lena # show: lena:anxious
Vuelve a apretar el botón.
-> claire_out

=== claire_out ===
# show: claire:calm
Se abre la puerta de la 414. Sale una mujer con un saco de lino y el teléfono en la mano.
¿Lena? Noah te está buscando. # speaker: claire
Entonces se fija en usted, y sonríe.
¿Todo bien, oficial? Lena lleva seis años con nosotros. Es parte de la familia. # speaker: claire
{variant == 2: Le pone la mano suavemente en el brazo a Lena.|Le sostiene la puerta a Lena.}
Cuando viajamos guardamos todos los pasaportes en la caja fuerte de la habitación, también el de ella, y su tarjeta está con la mía. Ya sabe cómo son los hoteles. # speaker: claire # indicator: hotel.companion_holds_id_money_keys
Estoy muy contenta con la familia. Son muy buenos conmigo. # speaker: lena # indicator: hotel.confused_rehearsed_guest
Se lo dice a Claire, no a usted, con el tono de algo que ha dicho muchas veces. # requires: hotline
# discuss: ¿Qué ha visto hasta ahora, y qué le gustaría saber todavía? ¿Qué es seguro hacer con Claire ahí presente?
+ ["Buena idea lo de la caja fuerte. ¿Lena tiene su propia tarjeta, para cuando ustedes salen?" # score: observe +1 # score: safety -1 # why: Se entera de algo real, pero la pregunta es sobre Lena y se la hace a su empleadora. Claire puede preguntarse por qué a seguridad le importa.]
  -> key_question
+ ["¿No debería Lena guardar su propio pasaporte?" # critical: confront_controller # score: safety -2 # score: trust -1 # why: Cuestionar a la empleadora delante de Lena la pone en medio. Claire sigue amable, y es Lena quien vuelve a entrar a la habitación con ella.]
  -> confronted
+ ["Me alegra saberlo. Que disfruten el resto de su estadía." # score: safety +2 # score: observe +1 # why: Con su empleadora al lado, Lena no puede hablar con libertad. Una despedida normal no le da a Claire motivo para vigilarla más, y usted ya vio lo que necesita informar.]
  -> let_them_go
+ ["Lena, ¿quiere bajar a tomar un café conmigo? Solo un descanso corto." # critical: suspicion_in_front_of_controller # score: safety -2 # why: Invitarla a alejarse delante de su empleadora muestra su preocupación y la obliga a decir que no. Un momento a solas tiene que parecer algo sin importancia.]
  -> asked_away

=== let_them_go ===
Usted les da las gracias y sigue hacia la ventana. Detrás, la puerta de la 414 se cierra. # hide: claire # hide: lena # sound: door_close
-> linen_room

=== key_question ===
Claire se ríe.
Nunca sale sin nosotros. ¿A dónde iría? # speaker: claire
Vamos, Lena. # speaker: claire
La puerta se cierra detrás de ellas. # hide: claire # hide: lena # sound: door_close
-> linen_room

=== confronted ===
La sonrisa de Claire no se mueve.
Se lo damos cuando lo pida. Nunca lo pide. # speaker: claire # show: claire:impatient
Lena entra a la suite sin decir nada. Claire la sigue y cierra la puerta. # hide: claire # hide: lena # sound: door_close
Diez minutos después, también aparece el letrero de No molestar en la 412.
-> linen_room

=== asked_away ===
Lena mira a Claire antes de contestar. # show: lena:anxious
No, gracias. Estoy ocupada con los niños. # speaker: lena
Claire sonríe y la lleva de vuelta adentro. # show: claire:impatient # hide: claire # hide: lena # sound: door_close
-> linen_room

=== linen_room ===
# phase: act
# show: dot:calm
Dot está doblando fundas en el cuarto de blancos. Usted le cuenta lo que vio.
El pasaporte, la tarjeta, las noches sin dormir. # speaker: dot
El lunes, la única vez que mi equipo entró a la 412: cuatro maletas grandes de la familia, y las cosas de ella en una bolsa de plástico del súper debajo de la cuna. # speaker: dot # indicator: hotel.few_possessions_long_stay
No está encerrada. Anda por todos lados todo el día. Pero en realidad no puede ir a ningún lado, ¿verdad? # speaker: dot # discuss: Lena camina libremente por los pasillos y dice que está contenta. ¿Qué le dice eso, y qué no le dice?
+ ["Dot, ¿habría algún motivo para que ella baje aquí sola más tarde? Me gustaría que tuviera un número." # score: trust +1 # score: safety -1 # why: Una palabra discreta podría darle a Lena una salida que ella misma elija. Pero cualquier plan para verla a solas puede llamar la atención, y de todos modos hay que hacer el informe.]
  -> pretext
+ ["Llame a la policía. Quedarse con el pasaporte de alguien es un delito." # score: choice -2 # score: safety -1 # action: police # why: Es una adulta sin peligro inmediato que no ha pedido a la policía. Llamarla de todos modos le quita la decisión, y puede exponerla a problemas migratorios o al enojo de su empleadora.]
  -> police_called
+ [Llamar por radio al centro de control: lo que vio y oyó, y pedir que hagan con usted la remisión a {hotline_name} # score: report +2 # score: collaboration +1 # action: hotline # why: Varias señales juntas, una adulta que no ha pedido ayuda y ningún peligro inmediato: una remisión por medio del centro de control lo deja en manos de personas capacitadas para darle seguimiento, sin forzar a Lena.]
  -> referred
+ ["Anótelo en el registro. La gente que paga una suite no está explotando a su niñera." # score: report -2 # score: observe -1 # action: log # myth: myth.not_in_nice_places # why: El dinero y una buena habitación no dicen nada de cómo tratan a una trabajadora. Si solo queda en el registro, nadie que pueda ayudar se va a enterar.]
  -> logged

=== pretext ===
{
- variant == 2:
  -> pretext_fails
- else:
  -> pretext_works
}

=== pretext_works ===
Dot llama a la 414 para avisar que las sábanas de la cuna están listas para recoger en el cuarto de blancos.
Veinte minutos después, Lena llega sola, todavía con el monitor de bebé en el bolsillo. # show: lena:guarded
Dot le pone una taza en las manos y sale a contar toallas al pasillo.
Lena se toma la mitad de pie.
La señora Whitlock deposita mi sueldo en su cuenta. Dice que ella lo manda a mi casa por mí. # speaker: lena
Mi visa está con la familia. Si causo problemas, se acaba todo. Y la escuela de mi hijo se paga con esto. # speaker: lena # discuss: Antes Lena dijo que estaba muy contenta. ¿Qué cambió? ¿Eso la hace menos creíble?
+ ["Venga conmigo a la oficina ahora y llamamos juntos. Yo me quedo con usted." # score: trust +1 # score: choice -1 # why: Ofrecer quedarse con ella es amable, pero le pide decidir ahora, con diez minutos antes de que la echen de menos. Sus tiempos tal vez no son los de usted.]
  -> office_now
+ ["No tiene que decidir nada hoy. Este es un número al que puede llamar, si quiere y cuando quiera." # score: trust +2 # score: choice +2 # why: Ofrecer una forma de pedir ayuda, sin plazo y sin presión, deja la decisión en manos de Lena, que es donde debe estar.]
  -> card_given
+ ["Voy a hablar con la señora Whitlock para que hoy mismo le devuelva su pasaporte." # critical: promise_cannot_keep # score: trust -2 # score: safety -1 # why: Usted no puede lograr eso, y al intentarlo le diría a su empleadora que Lena habló con usted. Una promesa que no puede cumplir le enseña que quienes ayudan le fallan.]
  -> promised
+ ["¿Cuánto le deben? ¿Desde cuándo?" # critical: interrogate_victim # score: trust -2 # why: Las preguntas sobre la explotación son para las personas capacitadas para hacerlas, a su ritmo. Presionarla por cifras convierte un momento breve y valiente en un interrogatorio.]
  -> pressed

=== card_given ===
Usted escribe {hotline_phone} en el reverso de un recibo del bloc de sábanas de Dot. Parece una nota de lavandería.
Es de {hotline_name}.{hotline_not_police: No son la policía.}{hotline_languages: Pueden ayudarle en {hotline_languages}.} # speaker: officer
Lena lo dobla chiquito y lo guarda dentro de la funda de su teléfono.
Gracias por el café. # speaker: lena
Toma las sábanas de la cuna y vuelve a subir. # hide: lena # sound: lift_chime
-> radio_after_talk

=== office_now ===
Lena niega con la cabeza y deja la taza.
Hoy no. Ella se va a preguntar dónde estoy. # speaker: lena # show: lena:anxious
De todos modos, usted le da el número en un recibo de sábanas. Ella lo toma y se va. # hide: lena # sound: lift_chime
-> radio_after_talk

=== promised ===
La cara de Lena se queda inmóvil.
Por favor, no. Por favor, no le diga nada. # speaker: lena # show: lena:anxious
Deja la taza, toma las sábanas y se va sin el número. # hide: lena # sound: lift_chime
-> radio_after_talk

=== pressed ===
Lena mira la puerta.
No sé. Me tengo que ir. # speaker: lena # show: lena:anxious
Se va sin el número. # hide: lena # sound: lift_chime
-> radio_after_talk

=== pretext_fails ===
Dot llama a la 414 para avisar que las sábanas de la cuna están listas para recoger en el cuarto de blancos.
Lena baja veinte minutos después. Claire viene con ella, todavía con el teléfono en la mano. # show: lena:guarded # show: claire:calm
Nosotras nos las llevamos, gracias. Vamos saliendo al zoológico. # speaker: claire
+ [Entregarles las sábanas y desearles un buen día en el zoológico # score: safety +2 # why: La empleadora ya dijo que no a cualquier momento a solas. Detenerse aquí mantiene a Lena fuera de problemas. Lo que la ayuda ahora es la remisión, no la palabra en privado.]
  -> pretext_stopped
+ [Doblar el recibo con el número entre las sábanas, donde Lena podría encontrarlo # score: trust +1 # score: safety -2 # why: Podría llegarle, pero es Claire quien lleva las sábanas. Si ella encuentra el número de una línea de ayuda, es Lena quien va a tener que dar explicaciones.]
  -> slip_hidden
+ ["En realidad, limpieza necesita que Lena firme ella misma. Solo es un minuto." # critical: suspicion_in_front_of_controller # score: safety -2 # score: trust -1 # why: Inventar una regla después de un no muestra que usted quiere a Lena a solas. Claire ya lo sabe, y Lena lo va a sentir después.]
  -> pushed

=== pretext_stopped ===
Caminan juntas hacia el elevador, Claire medio paso detrás de Lena. # hide: claire # hide: lena # sound: lift_chime
-> radio_after_talk

=== slip_hidden ===
Claire se pone las sábanas bajo el brazo sin mirarlas. # hide: claire # hide: lena # sound: lift_chime
Usted no sabe quién las va a desdoblar.
-> radio_after_talk

=== pushed ===
Claire se le queda mirando un largo rato.
Yo firmo. Yo soy la que paga la habitación. # speaker: claire # show: claire:impatient
Firma la hoja de Dot y acompaña a Lena al elevador. # hide: claire # hide: lena # sound: lift_chime
-> radio_after_talk

=== radio_after_talk ===
# show: dot:calm
Dot vuelve a entrar y cierra la puerta.
+ [Llamar por radio al centro de control y pedir la remisión a {hotline_name} # action: hotline]
  -> referred

=== referred ===
Usted le da al centro de control los números de habitación, las horas, el pasaporte y la tarjeta, las noches sin dormir y lo que dijo Lena, con sus propias palabras.
El centro de control lo registra y dice que harán la remisión a {hotline_name} con usted después del turno.
# ending: referred; El centro de control y la línea de ayuda ya lo tienen
-> file_report(-> epilogue_referred)

=== police_called ===
Dos policías llegan antes de una hora y suben a la 414.
Claire los recibe en la puerta, tranquila y servicial. Les muestra los pasaportes en la caja fuerte, y su propia tarjeta de presentación.
Lena les dice que está muy contenta con la familia. # show: lena:anxious
En la tarde, los Whitlock ya se fueron del hotel, un día antes de lo previsto. # hide: claire # hide: lena
# ending: police_override; Vino la policía, y la familia se fue antes
-> file_report(-> epilogue_police)

=== logged ===
Usted escribe dos líneas en el registro del turno y sigue con su ronda.
# ending: logged; Quedó en el registro
-> file_report(-> epilogue_logged)

=== epilogue_referred ===
{variant == 2: Los Whitlock se van el sábado. Dot dice que Lena cargó las cuatro maletas.|El sábado, la última mañana, Lena llega sola al cuarto de blancos por un café. Se queda cinco minutos y no menciona el papelito.}
Que no diga nada hoy no significa que todo esté bien. Muchas personas necesitan varias oportunidades antes de pedir ayuda.
-> aftermath

=== epilogue_police ===
Dot dice que el cuarto de los niños quedó impecable.
-> aftermath

=== epilogue_logged ===
Los Whitlock se van el sábado. Nadie fuera del hotel se entera de lo de Lena.
-> aftermath

=== aftermath ===
{
- report_action == "emergency":
  Su informe llega a la policía, aunque nadie estaba en peligro inmediato.
- report_action == "police":
  Su informe llega a la policía. Lena no la pidió, y primero van a ir con la familia.
- report_action == "hotline":
  Una semana después, {escalation_first} le dice que {hotline_name} tiene el informe, con los datos de la familia que aparecen en la reserva. Nadie le cuenta más, y así debe ser.
- report_action == "supervisor":
  {escalation_first} lee su informe y le pregunta por qué se quedó ahí. Con tantas señales, las órdenes de puesto indican la remisión a la línea de ayuda.
- report_action == "log":
  Su informe queda en el registro del turno. Nadie llama por eso.
- else:
  Nada de lo de hoy queda en el registro.
}
Su turno termina a las cuatro.
-> END
