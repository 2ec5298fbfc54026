// translation-of: sha256:4ebe1b97636e62c5
# grammar: 1
# id: store.sales_crew
# title: Turno del sábado: la cuadrilla del estacionamiento
# setting: store
# summary: Una cuadrilla de vendedores jóvenes recorre el estacionamiento de la tienda con suscripciones a revistas y espray de limpieza. Una vendedora entra a cargar su teléfono.
# minutes: 12
# situation: labour_trafficking
# minor: no
# variants: 2
# content_note: Esta historia trata de una cuadrilla de adultos jóvenes que venden de puerta en puerta, y de un jefe de cuadrilla que se queda con sus identificaciones y su pago. Toca temas de deudas, jornadas largas y el miedo a quedarse sin nada. No se muestra violencia. Puede tomar una pausa en cualquier momento.
# focus: Un trabajo legal con señales de control: qué le toca a la tienda, qué le toca decidir a ella, y quién debe enterarse
# character: ren; Ren; La encargada de prevención de pérdidas de la tienda, una mujer de cincuenta y tantos años, de pelo gris corto y con un radio en el cinturón. Hoy es su compañera.
# character: kayla; Kayla; Una joven de diecinueve años con un cordón amarillo de ventas y unos tenis rotos en la punta, con el teléfono descargado.
# character: brandon; Brandon; Un joven de unos veintiún años con un polo azul, el mejor vendedor de la cuadrilla, amable y rápido.
# character: dean; Dean; Un hombre de treinta y tantos años con una tabla de sujetapapeles, que maneja la camioneta blanca de la cuadrilla.
# distractor: not.young_couple
# distractor: not.cheap_clothes
# distractor: not.any_tattoo
# teaches: myth.only_foreigners
# teaches: myth.initial_consent
# teaches: myth.would_ask_for_help

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

-> start

=== start ===
# phase: briefing
# bg: store_checkout
# ambience: store_checkout
# show: ren:calm
Sábado, las cuatro y diez de la tarde. La tienda está llena y el estacionamiento también.
Usted está en el turno de día para {org_name}.
Ren se encuentra con usted en el mostrador de servicio al cliente.
Otra vez tenemos una cuadrilla de ventas en el estacionamiento. Cinco o seis muchachos, suscripciones a revistas y espray de limpieza. # speaker: ren
Una camioneta blanca los dejó al mediodía. La política de la tienda prohíbe vender en la propiedad, y dos clientes se han quejado. # speaker: ren
+ ["Vender no es un delito. Déjeme observarlos primero." # score: observe +1 # score: choice +1 # why: Vender en sí es legal. Mirar antes de actuar mantiene a la cuadrilla donde usted la puede ver, y solo cuesta unas cuantas quejas más.]
  Está bien. Media hora. # speaker: ren
+ ["Voy a anotar la camioneta y las horas, y a vigilar el estacionamiento." # score: observe +1 # score: document +1 # why: Las notas que se toman en el momento son la base de cualquier informe, y nadie se pone sobre aviso.]
  Me parece bien. # speaker: ren
+ ["La política es la política. Voy a decirles que recojan sus cosas." # score: observe -1 # score: safety -1 # why: Sacarlos está dentro de la política de la tienda, pero manda a la cuadrilla al siguiente estacionamiento antes de que nadie haya mirado, y quien los maneja se entera de que esta tienda vigila.]
  Ren se encoge de hombros. # show: ren:guarded
  Espere un minuto. Una de las vendedoras viene para acá. # speaker: ren
+ ["Esas cuadrillas son estafas. Que la policía los saque." # score: observe -1 # score: collaboration -1 # why: Vender suscripciones no es un delito. Llamar a la policía por una venta trata a la cuadrilla como delincuentes, y las personas a las que quizá están usando serían las primeras con quienes se toparía la policía.]
  ¿Por una venta? Se reirían de nosotros. # speaker: ren # show: ren:guarded
- Anota la hora: las cuatro y doce. # requires: log
  -> floor

=== floor ===
# phase: observe
# hide: ren
Camina despacio por el frente de la tienda.
- (around)
* [Mirar el estacionamiento por la ventana de la entrada # observe: car_park_window # reveals: retail.watcher_outside]
  {
  - variant == 2:
    Los vendedores recorren las filas de carros en parejas. Un joven con polo azul está junto al corral de carritos con el teléfono en la mano.
    Cada vez que un vendedor regresa de un carro, él mira la hora y anota algo en el teléfono. Nadie se detiene más de un minuto.
  - else:
    Una camioneta blanca de pasajeros está en la zona de recogida con el motor prendido. El hombre en el asiento del conductor tiene una tabla apoyada en el volante.
    Cada vez que un vendedor regresa de un carro, él levanta la vista y anota algo.
  }
  -> around
* [Preguntar en las cajas # observe: tills # reveals: retail.group_led_by_one_payer]
  La cajera de la caja uno se acuerda de ellos.
  Pasaron cinco al mediodía. Uno pagó los sándwiches de todos con efectivo de un sobre. Nadie escogió el suyo.
  Una muchacha pidió una botella de agua y él le dijo que hay agua en la camioneta. Y luego: apúrate, que estamos trabajando.
  -> around
* [Mirar el pasillo de los baños # observe: restroom_corridor # reveals: nothing]
  Una madre espera afuera del baño con un cochecito. La calcomanía pequeña de la línea de ayuda junto a la puerta está limpia y entera.
  -> around
* [Mirar el exhibidor de tarjetas de regalo # observe: gift_cards # reveals: nothing]
  Un abuelo y un niño de unos diez años escogen una tarjeta de regalo de videojuegos, discutiendo de buen humor cuál llevar.
  -> around
* [Mirar la cámara de seguridad del techo # observe: cctv_dome # reveals: nothing # ambiguous: retail.cannot_say_where_lives]
  La cámara cubre las puertas y las primeras filas del estacionamiento. Ren dice que el video se guarda treinta días.
  Ella le regresa la grabación al mediodía: la cuadrilla bajándose de una camioneta blanca de pasajeros. Por la ventana de atrás se ven bolsas de lona y bolsas de dormir enrolladas, apiladas hasta el techo.
  -> around
+ [Volver al mostrador de servicio al cliente]
- -> first_talk

=== first_talk ===
# phase: talk
# show: kayla:anxious
Una joven con un cordón amarillo de ventas entra del estacionamiento y se detiene en el mostrador. Sus tenis están rotos en la punta.
¿Hay, o sea, un enchufe? Se me murió el teléfono. # speaker: kayla
+ ["Claro, hay uno junto a la banca. ¿Día largo?" # score: trust +1 # why: Una ayuda normal y una pregunta fácil. No le pide nada de lo que tenga que cuidarse.]
  -> long_day
+ [Indicarle el enchufe junto a la banca y dejarlo ahí # score: trust +1 # score: choice +1 # why: Atender la necesidad y nada más deja en manos de ella si quiere hablar. También puede significar que nunca lo haga.]
  -> outlet_only
+ ["¿Usted viene con la cuadrilla de afuera? Sabe que no se puede vender en nuestro estacionamiento." # score: trust -1 # why: Empezar con la regla de la tienda hace de usted una persona más diciéndole lo que no puede hacer. Es cierto, y no es lo que importa aquí.]
  -> policy_first
+ ["¿Alguien la está obligando a hacer esto? ¿Por lo menos le pagan?" # critical: labelling_question # score: trust -2 # why: Una pregunta que le pone etiqueta a su situación recibe un no y cierra la puerta. Ella tiene todos los motivos para no decirle que sí a un desconocido de uniforme.]
  -> labelled

=== labelled ===
Kayla se ríe, demasiado fuerte. # show: kayla:guarded
¿Qué? No. Es un trabajo. Estoy pagándome la universidad. # speaker: kayla
-> pitch

=== policy_first ===
Perdón. Nada más estoy cargando mi teléfono. Ya nos movemos. # speaker: kayla # show: kayla:guarded
-> pitch

=== long_day ===
Desde las diez. No pasa nada. # speaker: kayla
-> pitch

=== outlet_only ===
Se sienta en la banca, conecta el teléfono y lo sostiene con las dos manos mientras prende.
Gracias. # speaker: kayla
-> pitch

=== pitch ===
# show: kayla:guarded
Se sienta en la banca junto al enchufe y mira cómo se prende la pantalla.
Los mejores vendedores se ganan un viaje al final de la temporada. Yo fui la mejor vendedora en Tulsa. # speaker: kayla
Lo dice como algo que ha dicho cien veces. Luego mira por la ventana.
¿Y qué pueblo es este? # speaker: kayla # indicator: retail.discreet_help_seeking
+ ["Millbrook. Está lejos de Tulsa." # score: trust +1 # why: Una respuesta sencilla a una pregunta sencilla. Mantiene las cosas tranquilas, y deja el siguiente paso en manos de ella.]
  -> where_staying
+ ["¿Dónde se van a quedar esta noche?" # resolves: retail.cannot_say_where_lives # score: observe +1 # why: Una pregunta con tacto sobre algo que importa. Es más directa, y ella puede sentir que la están vigilando.]
  -> where_staying
+ ["Ese viaje no existe, ¿sabe? ¿Cuánto del dinero se queda usted de verdad?" # critical: interrogate_victim # score: trust -2 # why: Presionarla sobre su pago es interrogarla sobre lo que quizá le están haciendo. No es su trabajo, y la hace defender a la cuadrilla.]
  -> pay_pressed

=== pay_pressed ===
A Kayla se le cierra la cara. # show: kayla:anxious
Ya basta. # speaker: kayla
-> brandon_in

=== where_staying ===
En un motel. No sé cuál. Nos cambiamos cada semana. Dean los reserva. # speaker: kayla # indicator: retail.cannot_say_where_lives
Dean tiene el dinero. Nos da diez al día para comida. # speaker: kayla # indicator: retail.not_allowed_to_buy_or_speak
Tengo que sacar cuatrocientos hoy, o mañana no salgo. No salir es no tener para comer. # speaker: kayla
-> brandon_in

=== brandon_in ===
# show: brandon:impatient
Un joven con polo azul entra por las puertas y camina directo a la banca.
Kay. Ya terminaste de cargar. # speaker: brandon
Se para muy cerca. Cuando usted dice algo, él contesta antes que ella. # indicator: retail.worker_coached_monitored
Ella está bien. Somos un equipo. Dean es lo mejor que nos ha pasado a todos. # speaker: brandon
Él guarda las identificaciones para que nadie las pierda en los moteles. Usted no lo entendería. # speaker: brandon
Kayla asiente. Bright Futures es una gran oportunidad, dice, sin hablarle a nadie en particular. # discuss: Brandon defiende al hombre que tiene su identificación. ¿Qué podría decirle eso, y qué no?
+ ["¿Por qué Dean tiene todas sus identificaciones? ¿No prefieren guardar cada quien la suya?" # score: safety -2 # score: trust -1 # why: Una pregunta válida, hecha delante de alguien que va a ir a contarlo. Ahora la cuadrilla sabe que usted se fija en Dean, y Kayla es la que estaba hablando con usted.]
  -> brandon_bristles
+ ["A su teléfono le faltan diez minutos, si los quiere. El enchufe está libre." # score: safety +1 # score: choice +1 # why: Nada que Brandon pueda ir a contar, y Kayla decide si se queda un poco más.]
  -> brandon_out
+ ["Parece un buen equipo. Que les vaya bien." # score: safety +1 # why: Amable y sin nada especial, lo que mantiene segura a Kayla. También le dice a ella que usted no tiene nada más que decir.]
  -> brandon_out
+ ["Brandon, dele un minuto. Está hablando conmigo." # score: safety -1 # score: collaboration -1 # why: Darle órdenes a él convierte a Kayla en el motivo de un escándalo, y un escándalo es lo que se va a contar.]
  -> brandon_bristles

=== brandon_bristles ===
# show: brandon:impatient
Brandon le sostiene la mirada un segundo de más.
Aquí estamos bien. Vámonos, Kay. # speaker: brandon
{
- variant == 2:
  Le suena el teléfono. Mira la pantalla y sale a contestar. Kayla se queda en la banca.
- else:
  Afuera, la camioneta pita dos veces. Brandon se va. Kayla desconecta su teléfono, despacio.
}
-> alone

=== brandon_out ===
Brandon se encoge de hombros.
Cinco minutos. # speaker: brandon # show: brandon:calm
{
- variant == 2:
  Vuelve al estacionamiento. Por la ventana lo ve junto al corral de carritos, con el teléfono.
  Dean nos dejó al mediodía. Vuelve a las nueve. # speaker: kayla
- else:
  Afuera, la camioneta pita dos veces. Brandon le hace una seña con la mano y se va.
}
-> alone

=== alone ===
# hide: brandon
# show: kayla:guarded
Por un minuto, solo están ustedes dos y el teléfono cargando. # discuss: Kayla está sola un minuto. ¿Qué le podría ofrecer, y qué sería demasiado?
+ ["¿Se puede ir si quiere?" # score: trust +1 # score: observe +1 # why: Una pregunta de seguridad, no una etiqueta: pregunta por ella, no por Dean. Es directa, y puede que ella no esté lista.]
  -> asked_leave
+ ["El número de la puerta del baño es gratis. Usted decide, cuando quiera." # score: choice +2 # score: trust +1 # why: Un recurso sin condiciones, y la decisión queda en manos de ella. Puede que hoy no lo use, y eso está bien.]
  -> offered_number
+ ["Tiene que alejarse de él, hoy. Quédese aquí conmigo en la tienda, y voy a llamar a la policía para que vengan a arreglar esto." # critical: detain_or_rescue # score: choice -2 # myth: myth.security_rescues # why: Decidir por una adulta que no está en peligro inmediato es un rescate que ella no pidió. Si la policía llega a la camioneta, Dean se entera de quién habló.]
  -> rescue_offer

=== rescue_offer ===
Kayla se levanta tan rápido que el cargador se sale de la pared. # show: kayla:anxious
No. Policía no. Él dice que nos arrestarían por vender sin permiso. # speaker: kayla
Por favor no haga nada. # speaker: kayla
Vuelve a salir al estacionamiento. # hide: kayla
-> act

=== asked_leave ===
¿Irme adónde? # speaker: kayla
Dean tiene mi identificación. Y mi pago está en sus cuentas hasta el final de la temporada. Dice que le debo los moteles y la camioneta. # speaker: kayla
Mi mamá cree que me va súper bien. Yo le dije que me va súper bien. # speaker: kayla
-> kayla_decides

=== offered_number ===
Kayla mira hacia el pasillo de los baños, y luego otra vez al teléfono.
Yo me apunté a esto. Nadie me obligó. # speaker: kayla
Es que Dean tiene mi identificación. Y como que le debo los moteles. # speaker: kayla
-> kayla_decides

=== kayla_decides ===
{
- variant == 2:
  Se queda mirando las puertas un buen rato.
  No vuelve hasta las nueve. # speaker: kayla
  ¿Ese número es de verdad? ¿Me harían hablar con la policía? # speaker: kayla # show: kayla:anxious
- else:
  La camioneta vuelve a pitar. Ella desconecta el teléfono.
  No haga nada, ¿sí? Va a saber que fui yo. Me va a dejar en el siguiente motel sin nada. # speaker: kayla # show: kayla:anxious
  Vuelve a salir al estacionamiento. # hide: kayla
}
-> act

=== act ===
# phase: act
# show: ren:calm
Ren viene del mostrador de servicio.
{
- variant == 2 && kayla_decides:
  Kayla sigue en la banca, con el teléfono en el regazo.
  ¿Y? # speaker: ren # discuss: Kayla preguntó por el número. ¿Qué necesita ahora de usted, y a quién le toca decidir?
  -> act_asked
- else:
  ¿Y? ¿Les digo que recojan sus cosas? # speaker: ren # discuss: Kayla le pidió que no hiciera nada. ¿Qué puede hacer todavía, y quién debe decidir qué pasa después?
  -> act_declined
}

=== act_declined ===
# requires: supervisor
+ ["Todavía no." Avisar por radio a {escalation_first} con la camioneta, la placa y lo que ella le dijo # score: collaboration +1 # score: report +2 # action: supervisor # why: Una adulta que le pidió no actuar, y un conjunto de señales que alguien debe evaluar: el centro de control se entera ahora y decide con usted, según la política, si se pasa a la línea de ayuda.]
  -> told_control
+ [Pedirle a Ren que los saque del estacionamiento ya, según la política # score: observe -1 # score: safety -1 # why: La cuadrilla se va al siguiente estacionamiento, Kayla paga el día corto, y nadie que pueda ayudar se ha enterado de nada.]
  -> moved_on
+ [Llamar directamente a {hotline_name}, ahora, con todo lo que ella le contó # score: collaboration -1 # score: choice -1 # action: hotline # why: Puede que esto termine en la línea de ayuda, pero ella le pidió no actuar, y sus órdenes de puesto dejan esa decisión al centro de control.]
  -> called_hotline_alone
+ [Llamar a la policía: quedarse con la identificación de alguien así tiene que ser un delito # score: choice -2 # action: police # why: Kayla es una adulta que no está en peligro inmediato y le pidió que no lo hiciera. La policía en la camioneta le dice a Dean exactamente quién habló.]
  -> called_police
+ {variant == 1} [Ir a la camioneta y decirle a Dean que les devuelva las identificaciones a la cuadrilla # critical: confront_controller # score: safety -2 # why: Enfrentar al hombre que tiene el control pone a la cuadrilla, y sobre todo a Kayla, entre usted y él. Observe, documente, informe.]
  -> confronted

=== act_asked ===
# requires: hotline
+ [Ofrecerle la oficina de atrás para llamar a {hotline_name}, y avisar a {escalation_first} en el camino # score: trust +2 # score: choice +1 # score: report +2 # action: hotline # why: Ella lo pidió. El centro de control está enterado, la llamada es de ella, y tiene una puerta que se cierra mientras la hace.]
  -> hotline_together
+ ["Se lo voy a pasar a mi centro de control. Ellos deciden." Luego avisar por radio a {escalation_first} # score: choice -1 # action: supervisor # why: El centro de control tiene que saberlo, pero Kayla pidió el número ahora, y Dean vuelve a las nueve. Pasarle su decisión a otra persona la obliga a esperar.]
  -> control_only
+ [Llamar a la policía por ella; es lo más seguro # score: choice -2 # score: trust -1 # action: police # why: Ella preguntó por una línea de ayuda y le dijo que le tiene miedo a la policía. Una adulta que no está en peligro inmediato decide eso por sí misma.]
  -> called_police
+ [Salir al estacionamiento y decirle a Brandon, amablemente, que Kayla se va a quedar aquí un rato con usted y que no la espere # score: safety -2 # score: trust -1 # why: Brandon le rinde cuentas a Dean. Decírselo pone a Kayla del lado equivocado de la cuadrilla antes de que ella haya decidido nada.]
  -> brandon_told

=== told_control ===
Lo dice en pocas palabras: una cuadrilla de ventas, {variant == 2: una camioneta blanca que los dejó al mediodía y vuelve a las nueve|una camioneta blanca en la zona de recogida, y su placa}. El jefe tiene sus identificaciones y su pago, pone una cuota, reserva los moteles. Una vendedora, adulta, le pidió que no actuara.
En el centro de control, {escalation_first} toma los datos, dice que va a evaluar una remisión a {hotline_name} con el gerente de turno, y que siga vigilando.
A las nueve la camioneta se llena y se va. Kayla va en la última fila. No voltea a ver la tienda. # hide: ren
# ending: control_room; El centro de control lo tenía, y Kayla conservó su decisión
-> file_report(-> epilogue)

=== moved_on ===
Ren sale a la camioneta. Diez minutos después la cuadrilla se sube y la camioneta sale del estacionamiento. # hide: ren
No alcanzó a anotar la placa.
# ending: moved_on; Sacaron a la cuadrilla al siguiente estacionamiento
-> file_report(-> epilogue)

=== called_hotline_alone ===
Llama a {hotline_name} desde el almacén y les cuenta lo que vio y lo que dijo Kayla.
Cuando regresa, en el radio, {escalation_first} pregunta por qué se enteró en segundo lugar.
A las nueve la camioneta se llena y se va. # hide: ren
# ending: hotline_alone; La línea de ayuda se enteró, pero no por el centro de control
-> file_report(-> epilogue)

=== called_police ===
{
- variant == 2 && kayla_decides:
  Kayla oye que usted pide a la policía. Toma su teléfono y se va antes de que usted termine. # hide: kayla
- else:
  Una patrulla llega cuarenta minutos después y habla con Dean en la camioneta. Dean muestra una licencia de negocio y una tabla llena de recibos.
}
Antes de las seis, la cuadrilla ya no está en el estacionamiento. # hide: ren
# ending: police_called; Vino la policía, y la cuadrilla se fue
-> file_report(-> epilogue)

=== hotline_together ===
# show: kayla:guarded
En la oficina de atrás, Ren cierra la puerta y se queda parada afuera.
Kayla pone la llamada en altavoz. Dice su nombre, y luego nada por un rato. La persona en la línea espera.
{hotline_not_police: Le dicen que no son la policía.} Ella pregunta si la pueden ayudar con una identificación. Hablan de opciones. Ella se anota un número en la mano.
# ending: hotline_with_her; Kayla llamó ella misma a la línea de ayuda
-> brandon_looks

=== control_only ===
Avisa por radio a {escalation_first}. En el centro de control toman los datos y dicen que van a hablar con el gerente de turno sobre una remisión.
Kayla escucha, y luego desconecta su teléfono.
Lo voy a pensar. # speaker: kayla # show: kayla:guarded
Vuelve a salir al estacionamiento. # hide: kayla
# ending: control_room; El centro de control lo tenía, y Kayla conservó su decisión
-> file_report(-> epilogue)

=== brandon_told ===
Brandon entra de inmediato. # show: brandon:impatient
Kay. Ya. # speaker: brandon
Kayla se va con él sin mirar hacia usted. # hide: kayla # hide: brandon
# ending: back_to_crew; Kayla volvió con la cuadrilla
-> file_report(-> epilogue)

=== brandon_looks ===
Diez minutos después, Brandon entra a buscarla. # show: brandon:impatient
¿Dónde está Kay? # speaker: brandon
+ [Dejar que Ren conteste: "En el baño, creo." Quedarse junto al mostrador de servicio # score: safety +2 # why: Casi cierto, aburrido, y deja fuera la puerta de la oficina. Kayla puede terminar su llamada.]
  Brandon espera junto a las puertas, y luego vuelve al estacionamiento. # hide: brandon
  -> hotline_end
+ ["Está en la oficina de atrás, con gente que la puede ayudar a volver a casa." # score: safety -2 # score: trust -2 # why: Lo que Kayla está haciendo le toca contarlo a ella, cuando decida. Dicho a Brandon, le llega directo a Dean.]
  Brandon ya está en el teléfono antes de llegar a las puertas. # hide: brandon
  -> hotline_end

=== hotline_end ===
Cuando Kayla sale de la oficina, tiene los ojos rojos y el número sigue en su mano.
Tiene un plan para esta noche, y es su plan. Usted no le pregunta cuál es.
-> file_report(-> epilogue)

=== confronted ===
# show: dean:impatient
Camina hasta la camioneta. Dean baja la ventana hasta la mitad.
Tenemos licencia, oficial. Si quiere hablar de identificaciones, hable con mi abogado. # speaker: dean
Toca el claxon sin soltarlo. Todos arriba. Ya. # speaker: dean
La cuadrilla llega corriendo. Kayla se queda atrás, junto al corral de carritos. Dean se baja, la agarra del brazo y la empuja por la puerta lateral. # show: kayla:anxious
# requires: emergency
-> danger

=== danger ===
La puerta lateral de la camioneta se cierra.
+ [Alejarse de la camioneta y llamar al {emergency_number}, leyendo la placa # score: safety +3 # score: report +2 # action: emergency # why: Que metan a alguien a la fuerza en un vehículo es peligro inmediato. La distancia le da seguridad, y la placa es lo que la policía va a necesitar.]
  -> called_emergency
+ [Pararse detrás de la camioneta para que no pueda salir en reversa # critical: detain_or_rescue # score: safety -3 # why: Pararse detrás de una camioneta que quiere irse puede terminar en un atropello, y no ayuda a Kayla. Llame, retírese y sea testigo.]
  -> van_gone
+ [Avisar por radio a {escalation_first} y preguntar qué quieren que haga # critical: no_emergency_call # score: safety -2 # why: Una persona a la que están metiendo a la fuerza en una camioneta ahora mismo necesita primero el número de emergencias. El centro de control va justo después.]
  -> van_gone
+ [Gritarle a Kayla desde el otro lado del estacionamiento que no tiene que subirse, y que usted la va a ayudar # score: safety -2 # score: trust -1 # why: Gritar la obliga a decidir delante de Dean, y le dice a él que se apure. No acerca la ayuda.]
  -> van_gone

=== called_emergency ===
Llama al {emergency_number} y lee la placa mientras la camioneta sale de la zona de recogida.
# ending: emergency; Se llamó al número de emergencias, con la placa
Una patrulla detiene la camioneta dos millas más adelante. Eso es lo que alcanza a oír, y nada más. # hide: kayla # hide: dean
-> file_report(-> epilogue)

=== van_gone ===
La camioneta da la vuelta, sale de la zona de recogida y desaparece. Usted tiene el color y la mitad de la placa. # hide: kayla # hide: dean
# ending: van_left; La camioneta se fue con la cuadrilla
-> file_report(-> epilogue)

=== epilogue ===
{
- report_action == "emergency":
  Su informe va a la policía. Al día siguiente, un agente se comunica con usted para repasar las horas.
- report_action == "police":
  En el centro de control, {escalation_first} lee su informe. La policía fue a ver a la cuadrilla. {variant == 2: Kayla había preguntado por el número de la puerta del baño, y le dijo que le tiene miedo a la policía.|Kayla le había pedido que no actuara, y es una adulta que no estaba en peligro inmediato.}
- report_action == "hotline":
  En el centro de control, {escalation_first} lee su informe y confirma que se envió a {hotline_name}.
- report_action == "supervisor":
  En el centro de control, {escalation_first} lee su informe y lo habla con el gerente de turno.
- report_action == "log":
  Su informe queda en el registro del turno. Esta noche nadie fuera de la tienda lo lee.
- else:
  Nada de lo de hoy queda en el registro.
}
Ren pregunta si debajo del letrero de prohibido vender junto a las puertas se podría poner el número de la línea de ayuda. Usted dice que va a preguntar.
Su turno termina a las seis.
-> END
