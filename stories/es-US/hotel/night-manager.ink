// translation-of: sha256:d82b73f4f252c004
# grammar: 1
# id: hotel.night_manager
# title: Turno de noche: los clientes fijos del gerente
# setting: hotel
# summary: El gerente de noche le pide que se salte parte de sus rondas. Un hombre que paga en efectivo tiene tres habitaciones que no están en el sistema, y el gerente le dice que lo deje así.
# minutes: 10
# situation: sex_trafficking
# minor: no
# variants: 2
# content_note: Esta historia trata de un gerente de hotel que quizás ayuda a un hombre a explotar sexualmente a mujeres jóvenes adultas, y que presiona al oficial para que no haga nada. No se muestra nada sexual ni violento. Puede tomar una pausa en cualquier momento.
# focus: Qué hacer cuando la persona a quien normalmente le informaría es parte del problema
# character: rick; Rick; El gerente de noche, de unos cincuenta años, con la corbata floja, amable y con prisa.
# character: cole; Cole; Un hombre de unos treinta años con un suéter gris de medio cierre y un fajo grueso de billetes en la mano.
# character: jas; Jas; Una mujer joven de unos veinte años, con sudadera con capucha y chanclas, que aprieta su teléfono en la mano.
# distractor: not.late_arrival
# distractor: not.travels_light_short_stay
# teaches: myth.would_ask_for_help
# teaches: myth.not_in_nice_places
# teaches: myth.initial_consent

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

-> start

=== start ===
# phase: briefing
# bg: hotel_lobby_night
# ambience: lobby_night
# show: rick:calm
Son las dos menos veinte en un hotel que vigila {org_name}. Usted empieza su segunda ronda de la noche.
En la carpeta de órdenes de puesto, en la recepción, hay una página titulada "Sospecha de trata de personas": comuníquese con {escalation_first}. Si un gerente del hotel puede estar involucrado, no se lo comente; comuníquese directamente con {escalation_first}.
Rick, el gerente de noche, le hace una seña antes de que llegue a los elevadores.
Hágame un favor. Esta noche sáltese el ala este del segundo piso. Es una reserva privada. No quieren uniformes por ahí. # speaker: rick
+ ["Mis órdenes de puesto incluyen todos los pisos. Voy rápido y sin hacer ruido." # score: safety +2 # score: collaboration +1 # why: Son las órdenes escritas, dichas con claridad y sin sospecha. Rick sabe que usted subió, y eso le puede costar algo de buena voluntad, pero no queda nada sin revisar.]
  La sonrisa de Rick se tensa un segundo. # show: rick:guarded
  Como quiera. No toque puertas. # speaker: rick
+ ["Claro que sí." Luego anote la hora y lo que le pidió, y suba de todos modos # score: document +1 # score: safety +1 # why: Una nota tomada en el momento vale mucho después. Decir que sí y subir igual evita una escena, pero si él se entera, parece que usted actuó a sus espaldas.]
  Rick ya está otra vez frente a su pantalla.
+ ["¿Reserva privada? ¿De quién? ¿Qué pasa allá arriba?" # score: safety -1 # score: trust -1 # why: Hacerle preguntas al gerente le muestra su curiosidad antes de que usted sepa algo, y él puede avisar a quien esté arriba.]
  Es un cliente fijo. Paga a tiempo, no da problemas. Déjelo. # speaker: rick # show: rick:guarded
+ ["No hay problema, es su hotel y son sus huéspedes. Reviso el resto del edificio dos veces." # score: safety -2 # score: document -1 # why: Saltarse parte de las rondas porque alguien lo pidió deja un ala sin revisar, en contra de las órdenes escritas, y sin ningún registro del motivo.]
  Se lo agradezco. # speaker: rick
- -> lobby

=== lobby ===
# phase: observe
# hide: rick
Antes de subir, usted echa el vistazo de siempre al vestíbulo.
- (around)
* [Revisar la pantalla de la recepción # observe: desk_screen # reveals: hotel.guest_withholds_id_details]
  Las habitaciones 214, 215 y 216 aparecen fuera de servicio. Las tres tienen tarjetas llave emitidas esta noche, y ningún nombre de huésped.
  -> around
* [Mirar el monitor de las cámaras # observe: cctv_monitor # reveals: hotel.side_door_entry]
  En la cámara del estacionamiento, un hombre lleva a tres mujeres jóvenes desde un carro hasta la puerta lateral, no a la entrada principal.
  -> around
* [Echar un vistazo al sillón junto a la columna # observe: lobby_armchair # reveals: nothing # ambiguous: hotel.lookout_hall_lobby_lot]
  Un hombre con un suéter gris de medio cierre está sentado de frente a los elevadores, con el teléfono boca abajo sobre la rodilla. {variant == 2: Mira hacia el estacionamiento una y otra vez.|Levanta la vista cada vez que se abre el elevador.}
  Un huésped que espera a que lo recojan, o que espera a que alguien baje. Con una sola mirada, no se puede saber.
  -> around
* [Mirar al viajero del sofá # observe: sofa_traveller # reveals: nothing]
  Un hombre con una mochila grande duerme con las botas puestas. En la pantalla del teléfono tiene la confirmación de su vuelo, a las seis de la mañana.
  -> around
* [Mirar a la huésped junto a la ventana # observe: window_caller # reveals: nothing]
  Una mujer con un abrigo largo, de pie junto a su maleta, le dice a alguien por teléfono que su transporte otra vez viene tarde. Le pone los ojos en blanco a usted, como entre dos personas que trabajan de noche.
  -> around
+ [Subir al segundo piso]
- -> upstairs

=== upstairs ===
# phase: talk
# show: rick:calm
# show: cole:calm
En el ala este, la puerta de la 215 se abre cuando usted pasa. Sale un hombre de traje, no lo mira y baja por las escaleras.
Diez minutos después, cuando usted regresa, otro hombre toca en la 214 y entra. # indicator: hotel.heavy_foot_traffic_room
Cuando usted baja, el hombre del sillón está en la recepción, contando billetes de veinte sobre el mostrador para Rick.
Igual que la semana pasada. Tres habitaciones, tres noches. # speaker: cole # indicator: hotel.cash_prepaid_multiple_rooms
Y cuatro llaves más para la 216. Siempre las pierden. # speaker: cole # indicator: hotel.room_location_and_keys_requests
Rick se guarda el efectivo en el saco, no en la caja.
Cole se da cuenta de que usted mira y se voltea, amable y seco a la vez.
¿Se le ofrece algo, oficial? # speaker: cole # show: cole:guarded
+ ["Es política del hotel: identificación para cada habitación, sea en efectivo o no." # score: safety -2 # score: collaboration -1 # why: Hacer cumplir las reglas de la recepción le toca a Rick, y hacerlo con Cole le muestra que usted vigila esas habitaciones. Él puede mover a todos antes de que alguien más se entere.]
  Hable con su gerente. # speaker: cole # show: cole:impatient
  Rick lo mira a usted un buen rato por encima del hombro de Cole. # show: rick:guarded
+ ["No, nada. Solo hago mi ronda. Buenas noches." # score: safety +2 # why: Es rutina, y no revela nada. Quizás él se pregunte por qué usted miraba, pero no hay nada en eso que le haga actuar.]
  Cole asiente y vuelve al mostrador.
+ ["¿No estaba usted hace rato en el sillón? ¿Noche larga?" # resolves: hotel.lookout_hall_lobby_lot # score: safety -1 # score: observe +1 # why: Una pregunta amable aclara qué hacía él en el sillón, y él contesta a medias. Pero también le dice que usted ha estado vigilando el vestíbulo, y él puede pasar el aviso arriba.]
  Manejo para unas personas. Espero a que terminen y las llevo a casa. ¿Algún problema? # speaker: cole # show: cole:impatient # indicator: hotel.lookout_hall_lobby_lot
  Se lo dice a usted, pero mira las puertas del elevador.
+ [Asentir, y seguir hacia la oficina de seguridad para anotar la hora # score: safety +1 # score: document +1 # why: Con calma, y la hora queda por escrito. Irse sin decir nada todavía puede dar la impresión de que usted va a informar a alguien.]
  Usted anota la hora, las habitaciones y el efectivo, y vuelve a salir.
- {variant == 2:
  -> jas_alone
}
-> jas_watched

=== jas_watched ===
# show: jas:anxious
Se abre el elevador. Sale una mujer joven con sudadera con capucha y chanclas, y se detiene al ver al hombre en la recepción.
Le pregunta a usted, muy bajito, dónde está la máquina expendedora. Cole se voltea y la mira. # discuss: Cole está a unos pasos. ¿Qué puede hacer usted por ella ahora mismo sin ponerla en riesgo?
+ ["¿Está bien? ¿Él la obliga a hacer algo?" # critical: suspicion_in_front_of_controller # score: safety -2 # score: trust -1 # why: Si lo pregunta delante de él, él ve lo que usted sospecha. Ella no puede contestar sin peligro, y quizás lo pague después.]
  Jas niega rápido con la cabeza. Cole ya está a su lado.
  Ella está bien. Vámonos. # speaker: cole # show: cole:impatient
  -> jas_gone
+ ["Al fondo del pasillo, a la izquierda. Acepta tarjeta." Luego déjela ir # score: safety +2 # score: document +1 # why: Con Cole mirando, la respuesta de rutina es la segura. Esta noche no le da nada más, pero tampoco la pone en riesgo, y usted anota la hora.]
  -> jas_gone
+ ["La acompaño. Me queda de camino." # score: safety -1 # score: trust +1 # why: Es un pretexto amable para darle un minuto lejos de él, pero con Cole mirando es probable que falle, y él ve que usted lo intenta.]
  Cole se pone en medio antes de que ella pueda contestar.
  Yo la llevo. Gracias, oficial. # speaker: cole # show: cole:impatient
  -> jas_gone
+ [Darle la tarjeta de servicios para huéspedes con el horario de las máquinas # score: safety +1 # score: choice +1 # why: Es la misma tarjeta que recibe cualquier huésped, con la línea de ayuda al reverso. Es tan de rutina que Cole quizás no lo note, pero podría pedir verla.]
  Ella la toma sin mirarla y se la guarda en el bolsillo.
  -> jas_gone

=== jas_alone ===
# show: jas:anxious
Cole contesta una llamada y sale al estacionamiento. # hide: cole
Se abre el elevador. Sale una mujer joven con sudadera con capucha y chanclas, ve el sillón vacío y se acerca a usted.
¿Tiene un cargador? Se me murió el teléfono. # speaker: jas
No deja de mirar hacia las puertas. # discuss: Ella está sola, quizás por un minuto. ¿Qué quiere usted que ella sepa antes de que Cole regrese?
+ ["¿Qué está pasando de verdad allá arriba, y quién es ese hombre para usted?" # critical: interrogate_victim # score: trust -2 # score: safety -1 # why: Preguntarle por él, en la recepción, con apenas un minuto, la obliga a elegir entre usted y alguien a quien le tiene miedo. Lo va a elegir a él.]
  No sé de qué me habla. # speaker: jas # show: jas:guarded
  -> jas_gone
+ ["Use el de la recepción. Usted no está en problemas. Yo estoy aquí toda la noche." # score: trust +2 # score: safety +1 # score: choice +1 # why: Amable y sin presión, y con la puerta abierta. Ella no tiene que decir nada, y nada de lo que diga se usa en su contra.]
  -> jas_partial
+ [Prestarle el cargador y no decir nada más # score: safety +1 # score: trust +1 # why: Es seguro, y un pequeño gesto amable. Pero no le deja nada a qué volver si ella quisiera hacerlo.]
  -> jas_gone
+ ["Venga conmigo a la oficina de seguridad ahora mismo, antes de que él regrese. Ahí va a estar a salvo." # critical: detain_or_rescue # score: safety -2 # score: choice -2 # myth: myth.security_rescues # why: Llevársela es un rescate, y ese no es su papel. La pone en riesgo cuando Cole regrese, y ella no lo ha pedido.]
  Jas da un paso atrás. # show: jas:guarded
  No. No puedo. # speaker: jas
  -> jas_gone

=== jas_partial ===
Jas conecta su teléfono detrás del mostrador.
Vine aquí por mi cuenta. Nadie me obligó. # speaker: jas
Él solo se queda con nuestros teléfonos en la noche, y con el dinero. Sabe dónde vive mi mamá. # speaker: jas # indicator: hotel.companion_holds_id_money_keys
Desconecta el teléfono al veinte por ciento, en cuanto mira hacia la puerta.
-> jas_gone

=== jas_gone ===
{variant == 2:
  Cole vuelve a entrar desde el estacionamiento, todavía hablando por teléfono. # show: cole:calm
}
Jas y Cole suben juntos en el elevador. # hide: jas # hide: cole
-> drop_it

=== drop_it ===
# phase: act
# show: rick:guarded
Rick sale de detrás del mostrador y se para muy cerca de usted.
Lo vi allá arriba. Esos son mis clientes fijos. Pagan en efectivo, no dan problemas, y gracias a ellos este lugar sigue abierto. # speaker: rick
Déjelo así. O mañana temprano llamo a su compañía y les digo que usted está acosando a los huéspedes. # speaker: rick # requires: supervisor # discuss: La persona a quien normalmente le informaría es la que le dice que lo deje así. ¿Qué dicen las órdenes escritas, y qué va a anotar usted?
+ ["Usted está rentando habitaciones por fuera del sistema. Voy a dar parte de esto." # critical: confront_controller # score: safety -2 # why: Decirle a Rick lo que usted sabe los alerta a él y a Cole. Las habitaciones pueden estar vacías en la mañana, y las mujeres pueden terminar en otro lugar donde nadie las vea.]
  Rick se ríe. # show: rick:impatient
  ¿Dar parte de qué? ¿De unas habitaciones fuera de servicio? Adelante. # speaker: rick
  # ending: warned; Rick y Cole supieron que alguien se había dado cuenta
  -> after_rick
+ ["Entendido." Luego terminar la ronda como siempre # score: safety +1 # why: Mantiene la calma y no revela nada. Pero sin notas tomadas ahora, las horas y los números de habitación van a ser difíciles de poner en un informe.]
  # ending: thin_notes; No se reveló nada, pero se anotó muy poco
  -> after_rick
+ ["Está bien." Más tarde, anotar horas, habitaciones, efectivo y lo que él dijo # score: document +2 # score: safety +1 # why: Sin discutir, sin revelar nada, y con los hechos anotados mientras están frescos. Lo que dijo Rick queda en el registro, palabra por palabra.]
  # ending: documented; Usted tenía los hechos por escrito, y no reveló nada
  -> after_rick
+ ["Llamemos ahora mismo a la gerente general, los dos juntos, y arreglemos esto como se debe." # score: safety -1 # score: collaboration +1 # why: Acudir a alguien más arriba en el hotel es buena idea, pero hacerlo delante de Rick lo alerta, y él da su versión primero.]
  Rick niega con la cabeza. # show: rick:impatient
  Está dormida. No la va a despertar por esto. # speaker: rick
  # ending: his_version_first; Rick lo sabía, y pudo dar su versión primero
  -> after_rick

=== after_rick ===
Rick vuelve detrás del mostrador. El vestíbulo está en silencio. Usted tiene el radio en el cinturón.
+ [Decirle a Rick, como gerente de turno esta noche, que usted lo va a anotar en la bitácora del turno y que lo demás queda en sus manos # score: report -2 # score: safety -1 # action: log # why: Rick es justo la persona a quien las órdenes escritas dicen que no se le informe. Una nota en una bitácora que él lee no llega a nadie que pueda actuar.]
  -> decided
+ [Dejarlo así, como pidió Rick # score: report -2 # why: La presión de un gerente no cambia las órdenes de puesto. No le llega nada a nadie, y las mujeres siguen arriba la semana que viene.]
  -> decided
+ [Desde la oficina de seguridad, comunicarse con {escalation_first} y decir que el gerente de noche puede estar involucrado # score: report +2 # score: collaboration +1 # action: supervisor # why: Son las órdenes escritas: pasar por encima del gerente, directo al centro de control. Ellos lo llevan a la compañía y deciden sobre la remisión, y usted no carga con esto solo.]
  -> decided
+ [Llamar usted mismo a {hotline_name} desde la oficina de seguridad # score: report +1 # action: hotline # why: Es un informe que llega a personas capacitadas, y que no pasa por Rick. Pero las órdenes lo mandan primero al centro de control, para que la compañía también se ocupe de su propio gerente.]
  -> decided

=== decided ===
-> file_report(-> epilogue)

=== epilogue ===
{
- report_action == "supervisor":
  Usted habla con {escalation_first}, que lo registra y le dice que el gerente de cuenta de guardia lo va a llevar a los dueños del hotel, no a Rick. Mañana temprano, la compañía va a hacer con usted la remisión a la línea de ayuda.
- report_action == "hotline":
  Usted habla con {escalation_first}, que le dice que la llamada a la línea de ayuda se adelantó a las órdenes, y que también había que avisarle a su compañía, para que la compañía se ocupe de su propio gerente.
- report_action == "police" || report_action == "emergency":
  Usted habla con {escalation_first}, que lee su informe y le dice que esta noche nadie estaba en peligro. Las mujeres son adultas, y la policía en la puerta podría meterlas en más problemas que Cole.
- else:
  Nada de lo que pasa en las habitaciones 214 a 216 le llega esta noche a nadie fuera del hotel.
}
{
- variant == 2:
  Una semana después, entra una llamada a la oficina de seguridad desde un número oculto. Una mujer joven pregunta si el oficial del cargador está de turno esta noche.
- report_action == "supervisor" || report_action == "hotline":
  Dos semanas después, las habitaciones 214 a 216 vuelven a estar en el sistema, con nombres. Rick ya no trabaja de noche.
- else:
  La semana siguiente, las habitaciones 214 a 216 están otra vez fuera de servicio.
}
Su turno termina a las ocho.
-> END
