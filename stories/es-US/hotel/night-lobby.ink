// translation-of: sha256:d49be69a3038cd8d
# grammar: 1
# id: hotel.night_lobby
# title: Turno de noche: el vestíbulo
# setting: hotel
# summary: Una noche tranquila en un hotel de la ciudad. Un huésped amable paga en efectivo dos noches más, y la mujer joven que lo acompaña casi no dice nada.
# minutes: 10
# variants: 2
# situation: sex_trafficking
# minor: no
# content_note: Esta historia trata de la posible explotación sexual de una persona adulta. No se muestra violencia, aunque en uno de los caminos un hombre jala a una mujer del brazo. Puede tomar una pausa en cualquier momento.
# focus: Varias señales juntas en la recepción, un acompañante que no se aleja, y cuándo intervenir o mantenerse aparte
# character: dana; Dana; La auditora nocturna de la recepción, de unos cincuenta años, con lentes para leer colgados de un cordón. Esta noche es su compañera.
# character: mara; Mara; Una huésped de unos veinte años con una blusa gris delgada, sin abrigo.
# character: victor; Victor; Un hombre de unos cuarenta años con un buen abrigo de lana y una sonrisa fácil.
# character: kos; Kos; Un hombre de unos treinta años con una chamarra oscura, sentado en el sillón del vestíbulo que mira hacia los elevadores.
# distractor: not.speaks_other_language
# distractor: not.cheap_clothes
# distractor: not.late_arrival
# distractor: not.young_couple
# teaches: myth.would_ask_for_help
# teaches: myth.security_rescues
# teaches: myth.ask_directly
# teaches: myth.all_or_none_sex_work
# teaches: myth.trauma_hostile_or_flat

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

-> start

=== start ===
# phase: briefing
# bg: hotel_lobby_night
# ambience: lobby_night
# show: dana:calm
Es la 1:10 a. m. Usted está en el turno de noche para {org_name} en el Harbour Lane Hotel.
Dana, la auditora nocturna, le hace señas desde la recepción.
Noche tranquila, casi toda. Una pareja joven se registró a medianoche. Su aniversario. Muy lindos. # speaker: dana
Y luego está la 412. # speaker: dana
Desde como las diez han estado subiendo hombres. Uno nuevo cada media hora, más o menos. # speaker: dana # indicator: hotel.heavy_foot_traffic_room
Cada uno baja a los veinte minutos. # speaker: dana
Voltea una nota adhesiva de limpieza. # sound: page_turn
La 412 y la 414 llevan tres días con No molestar. Reciben toallas limpias en la puerta y no dejan entrar a nadie a limpiar. # speaker: dana # indicator: hotel.dnd_refuses_service
Seguro no es nada. No quiero hacer un escándalo con huéspedes que pagan. # speaker: dana
* ["Puede que no sea nada. Estemos atentos y anotemos lo que veamos." # score: observe +1 # score: document +1 # why: Una señal sola no prueba nada, pero anotar hechos simples en el momento arma el panorama que necesita un buen informe.]
  Trato hecho. Voy a ir anotando las horas. # speaker: dana # show: dana:relieved
* ["Voy a subir a tocar en la 412. A ver qué pasa." # score: safety -2 # myth: myth.security_rescues # why: Tocar a la una de la mañana sin un motivo de bienestar pone sobre aviso a quien tenga el control, y la persona que está adentro puede pagarlo. Observar con calma e informar es más seguro para todos.]
  ¿A esta hora? ¿Y qué va a decir? # speaker: dana # show: dana:anxious
  Si algo anda mal allá arriba, tocar solo les dice que nos dimos cuenta. # speaker: dana
  Mejor observemos, y anotémoslo. # speaker: dana
* ["Si alguien allá arriba necesitara ayuda, bajaría a pedirla." # score: observe -1 # myth: myth.would_ask_for_help # why: Las personas bajo el control de alguien muchas veces no pueden o no se atreven a pedir ayuda. Estar pendiente de las señales es como suele empezar la ayuda.]
  ¿Usted cree? # speaker: dana # show: dana:guarded
  Si yo le tuviera miedo a alguien, no sé si me acercaría a un mostrador a decirlo. # speaker: dana
  Nada más estemos atentos. # speaker: dana
- Usted anota la hora y lo que le contó Dana. # requires: supervisor
  -> patrol

=== patrol ===
# phase: observe
# show: kos:calm
Usted empieza su ronda por el vestíbulo. Camine despacio. Mire, pero sin quedarse viendo.
Primero, la parte de atrás de la recepción. Tiene tiempo para mirar bien una cosa antes de que Dana necesite el espacio.
* [Revisar la lista de registro en la pantalla de recepción # observe: desk_screen # reveals: hotel.hourly_or_day_by_day_stay]
  La 412 y la 414 están reservadas a un solo nombre: V. Marsh.
  Seis noches hasta ahora. Cada noche pagada en efectivo la mañana anterior, una noche a la vez.
* [Revisar la cámara del estacionamiento en el monitor de las cámaras # observe: cctv_monitor # reveals: hotel.plates_hidden_reverse_parked]
  Un carro compacto gris oscuro está en la zona de carga.
  Está estacionado en reversa, con el frente hacia afuera y la parte de atrás pegada a la pared. No se puede leer la placa.
  Dana regresa la grabación de la noche. A las diez, el mismo carro se paró junto a la puerta lateral y se bajaron dos mujeres jóvenes. Ninguna está en la lista de huéspedes.
  Lo mismo anoche, y la noche anterior. Las recogen como a las cuatro. # speaker: dana # indicator: hotel.repeat_dropoff_nonguests
* [Seguir caminando hacia el vestíbulo]
- -> lobby_floor

=== lobby_floor ===
En el vestíbulo todavía hay algunas personas despiertas.
Puede detenerse junto a una cosa sin que se vea raro.
* [Mirar al hombre del sillón # observe: lobby_armchair # reveals: hotel.lookout_hall_lobby_lot]
  Tiene unos treinta años. Todavía trae puesta la chamarra, y tiene un teléfono boca abajo en la rodilla.
  Su sillón mira hacia los elevadores, no hacia la televisión.
  Buenas noches. Nada más espero a un amigo. # speaker: kos
  Dana dijo que llegó a las nueve y no ha pedido nada. Cada vez que se abre el elevador, levanta la vista.
* [Mirar a la persona que duerme en el sofá # observe: sofa_traveller # reveals: nothing]
  Una persona de viaje duerme con la cabeza sobre una mochila grande. Su chamarra está gastada en los codos.
  De un bolsillo asoma un boleto del transporte al aeropuerto de las 5:10.
* [Mirar a la persona que habla por teléfono junto a la ventana # observe: window_caller # reveals: nothing]
  Una persona hospedada camina de un lado a otro junto a la ventana, hablando por teléfono en otro idioma. De vez en cuando se ríe.
  Trae colgado un gafete de una conferencia. Lo saluda con la mano entre frase y frase.
* [Revisar la puerta lateral que da al estacionamiento # observe: side_door # reveals: hotel.side_door_entry]
  La puerta lateral está detenida con una cuña de hule. Se mete el aire frío.
  Dana comentó que la siguen dejando así. Algunas de las visitas de esta noche al cuarto piso entraron por aquí y nunca pasaron por recepción.
  Usted quita la cuña con el pie y deja que la puerta se cierre. Eso es rutina. Anota la hora.
* [Regresar a la recepción]
- -> arrival

=== arrival ===
Usted ya está otra vez junto a la recepción cuando suena el elevador. # sound: lift_chime
Salen un hombre y una mujer joven. # show: victor:calm # show: mara:guarded
Él trae un buen abrigo de lana y una sonrisa amplia. Ella trae una blusa gris delgada y nada de abrigo.
Ella lleva una bolsa de plástico. La deja junto al elevador y lo sigue.
En el mostrador, él pone una cartera, dos identificaciones y un montón de tarjetas de habitación.
En el sillón, el hombre baja su teléfono.
{variant == 2: Cuando se abre el elevador, lo primero que mira Mara es el sillón.}
* [Echar un vistazo a lo que hay en el mostrador # observe: keycards # reveals: hotel.companion_holds_id_money_keys]
  Dos identificaciones, la de él y la de ella, junto a su cartera. Tarjetas de las dos habitaciones.
  Todo está del lado de él del mostrador. Ella tiene las manos vacías.
* [Echar un vistazo a la bolsa junto al elevador # observe: plastic_bag # reveals: nothing # ambiguous: hotel.few_possessions_long_stay]
  Una bolsa de plástico delgada. Arriba se ven un cepillo para el pelo y una blusa doblada.
  Una muda de ropa para pasar una noche fuera, o todo lo que trae. Desde aquí no se puede saber.
* [Ponerse al lado de Dana]
- -> desk

=== desk ===
# phase: talk
{variant == 2: Buenas noches. Tenemos prisa. # speaker: victor # show: victor:impatient|¡Dana! Mi trasnochadora favorita. # speaker: victor}
Buenas noches, señor Marsh. # speaker: dana
Victor, por favor. Las dos habitaciones otra vez esta noche. En efectivo, como siempre. # speaker: victor # indicator: hotel.cash_prepaid_multiple_rooms
Y dos tarjetas más para la 414. La gente las sigue perdiendo. # speaker: victor # indicator: hotel.room_location_and_keys_requests # discuss: ¿Quién habla, y quién tiene las tarjetas y las identificaciones? ¿Alguna de estas señales podría tener una explicación normal?
Ah, ¿y hay algo libre en el primer piso? Cerca de la puerta lateral sería perfecto. Más fácil para el carro. # speaker: victor
La mujer joven está un paso detrás de él, abrazándose con fuerza. # indicator: hotel.guest_injured_deprived
Afuera está casi helando. Se le cierran los ojos, y los vuelve a abrir de golpe.
Dana le sonríe a ella, por encima de él.
¿Todo bien con su habitación? # speaker: dana
{variant == 2: Ella está bien. Es mi prima. No habla mucho. # speaker: victor|Todo perfecto. Ella es Mara, mi novia. Es un poco tímida. # speaker: victor}
Mara mira al piso. No ha dicho ni una palabra. # show: mara:anxious # requires: supervisor
* [Sonreírle a Mara. "Qué noche tan fría para andar sin abrigo." # score: trust +1 # score: safety -1 # why: Una palabra amable es plática normal de hotel, pero la pone en aprietos con él escuchando, y él contesta por ella. Un servicio normal para los dos, sin dirigirse a nadie, es más seguro.]
  {variant == 2: Ella no siente el frío. # speaker: victor|Esta nunca siente el frío. # speaker: victor}
  Mara se abraza más fuerte y no dice nada.
  -> car_moment
* ["Buenas noches. Dana los va a atender. Yo nada más estoy haciendo mi ronda." # score: safety +1 # why: Un servicio tranquilo y normal no muestra sospecha. Eso mantiene a todos a salvo y deja abierta la posibilidad de una palabra en privado más tarde.]
  -> car_moment
* ["¿Quiénes son todos esos hombres que suben a la 412? ¿Qué está pasando allá arriba?" # critical: confront_controller # score: safety -2 # why: Desafiar al hombre que tal vez la controla lo pone sobre aviso, y ella puede pagarlo después, donde nadie la vea. Siga con el servicio de rutina e informe lo que vio.]
  -> confront
* [Voltear hacia Mara. "¿La está obligando a estar aquí? Me lo puede decir." # critical: suspicion_in_front_of_controller # score: safety -2 # score: trust -1 # why: Ella no puede contestar con libertad con él al lado, y ahora él sabe que usted sospecha. Mejor espere un momento privado y de rutina.]
  -> asked_in_front

=== confront ===
La sonrisa de Victor no se mueve ni un milímetro. # show: victor:impatient
Amigos. Contactos de negocios. ¿Ahora tener amigos es un delito? # speaker: victor
Mara lo mira a él, y luego vuelve a mirar al piso.
¿Sabe qué? Olvídese de la noche extra. # speaker: victor
-> checking_out

=== asked_in_front ===
Mara voltea a ver a Victor de inmediato.
No. No. Estoy bien. # speaker: mara
Victor se ríe y le pone la mano en el hombro. # show: victor:impatient
¿Obligarla? Es mi novia, amigo. Estamos de vacaciones. # speaker: victor
Mejor olvídese de la noche extra. # speaker: victor
-> checking_out

=== car_moment ===
Dana cuenta el efectivo y programa las tarjetas. No hay habitaciones libres en el primer piso.
¿Ese carro gris en la zona de carga es suyo? El camión de la panadería llega a las cinco. Lo va a tener que mover. # speaker: dana
Claro. Vamos, Mara. # speaker: victor
Le toma el codo. Ella se voltea hacia la puerta lateral. # show: mara:guarded # discuss: Él está aquí mismo, y la mantiene cerca. ¿Qué le podría dar a ella una palabra en privado, y qué le podría costar cuando él vuelva a estar a solas con ella?
* [Quedarse en la recepción y dejar que se vayan. Ver el carro en la cámara. # score: safety +2 # score: document +1 # why: Con el hombre que tal vez la controla parado a su lado, lo más seguro es no intervenir e informar. La cámara le muestra el carro sin que nadie vea que usted está mirando.]
  -> let_go
* ["Dana, es una reserva en efectivo. ¿No tiene que firmar cada huésped la tarjeta de registro en persona?" # score: safety +1 # score: collaboration +1 # why: Una regla que se aplica a todos los huéspedes podría darle a Mara un minuto a solas, y Dana está a cargo de la recepción. Pero se pide delante de él, él puede decir que no, y si lo dice usted tiene que dejarlo.]
  -> pretext
* [Seguirlos al estacionamiento para ver bien el carro # critical: suspicion_in_front_of_controller # score: safety -2 # why: Seguir a alguien que tal vez la controla lo pone a usted en riesgo y le dice a él que usted lo vigila, y ella puede pagarlo después. La cámara le puede mostrar el carro, así que quédese donde está.]
  -> follow

=== pretext ===
Así es. Cada persona adulta en una reserva en efectivo firma en persona. Regla del hotel. # speaker: dana
Saca la identificación de Mara del montón que está del lado de él del mostrador, y le acerca a ella una tarjeta de registro y una pluma. # indicator: hotel.companion_holds_id_money_keys
{variant == 2: -> pretext_refused}
Victor mira la tarjeta. Luego a usted. Luego vuelve la sonrisa. # show: victor:calm
Bueno. Vaya a mover el carro, señor Marsh. Esto toma solo un minuto. # speaker: dana
Dos minutos. # speaker: victor
Pero su inglés no es muy bueno. No la dejen firmar nada hasta que yo vuelva. Yo le traduzco. # speaker: victor
* ["No hace falta. Su inglés alcanza para una tarjeta. Nos arreglamos." # score: safety +1 # score: culture -1 # why: El inglés sencillo es rápido, y él puede volver en cualquier segundo, así que es una decisión razonable. Pero tal vez Mara no entienda lo que usted le ofrece, y un intérprete le permitiría preguntar y decidir por sí misma.]
  Como quieran. # speaker: victor
  -> plain_english
* ["Para eso usamos un intérprete por teléfono. Es rápido." # score: culture +2 # score: safety +1 # why: Un intérprete profesional que no conoce a nadie aquí deja que Mara hable por sí misma. Un acompañante que traduce decide lo que ella dice.]
  Como quieran. # speaker: victor
  -> interpreter
* ["Está bien. Esperamos a que regrese, y usted le traduce." # critical: companion_as_interpreter # score: culture -2 # why: Si él traduce, cada palabra pasa por él, y ella no puede decir nada que a él no le guste. Ofrezca una línea de intérpretes profesionales.]
  -> wait_translate

=== pretext_refused ===
Victor pone la mano abierta sobre la tarjeta. # show: victor:impatient
La firma en la mañana. Estamos cansados. # speaker: victor
Mira a Dana, luego a usted, un segundo más de lo necesario.
Dana voltea hacia usted. # show: dana:anxious
* [No decir nada, y dejárselo a Dana # score: safety +1 # score: collaboration -1 # why: No decir nada no lo presiona, y eso está bien. Pero Dana está esperando su respuesta y tiene que decidir sola, con él mirándolos a los dos. Un tranquilo "en la mañana está bien" lo resuelve para ambos.]
  Dana duda, y luego guarda la tarjeta. # show: dana:calm
  En la mañana, entonces. # speaker: dana
  -> let_go
* ["Perdone, señor, tiene que ser esta noche. Ella se puede quedar aquí mientras usted mueve el carro." # critical: suspicion_in_front_of_controller # score: safety -2 # why: Una vez que él se niega, insistir deja ver la regla como lo que es. Ahora él sabe que el personal quiere a Mara a solas, y ella puede pagarlo donde nadie la vea. Cuando el acompañante dice que no, deténgase.]
  Victor se ríe, sin sonreír. # show: victor:impatient
  ¿Desde cuándo? ¿Sabe qué? Vamos a buscar un lugar con menos papeleo. # speaker: victor
  -> checking_out
* ["Claro. En la mañana está bien." Dejarlo así. # score: safety +2 # score: choice +1 # why: Él dijo que no. Insistir con una regla de rutina frente a alguien que tal vez la controla le dice que el personal sospecha, y ella puede pagarlo. Deténgase, e informe lo que vio.]
  Dana guarda la tarjeta. # show: dana:calm
  -> let_go

=== victor_steps_out ===
Victor sale por la puerta lateral, con las llaves en la mano. # sound: door_close # hide: victor
Al pasar, cruza la mirada con el hombre del sillón. El hombre se acomoda para poder ver la recepción. # show: kos:guarded # indicator: hotel.lookout_hall_lobby_lot
->->

=== interpreter ===
-> victor_steps_out ->
Dana le muestra a Mara una tarjeta que dice "Hablo..." en cuarenta idiomas. Mara señala una línea. # requires: hotline
Dana marca al servicio de intérpretes y pone el teléfono en altavoz, con el volumen bajo.
Una voz tranquila saluda a Mara en su propio idioma. Los hombros de Mara se relajan un poco.
Usted se para de modo que Mara quede de espaldas al sillón. Para quien esté mirando, esto es papeleo.
* ["Es solo la tarjeta. Puede firmarla o no. Si quiere algo más mientras está aquí, díganos a Dana o a mí." # score: trust +1 # score: choice +1 # why: Limitarse al papeleo, con una puerta abierta, no le pide nada y mantiene cierta la explicación. Pero también le deja a ella dar el primer paso, y tal vez no se atreva.]
  -> talk_quiet
* ["Mi nombre está en este gafete. Trabajo de noche aquí. ¿Está bien para hablar un minuto, mientras él está afuera?" # resolves: hotel.few_possessions_long_stay # score: trust +2 # score: safety +1 # why: Decir quién es y preguntar si es seguro hablar le da a ella el control del siguiente minuto, y la pregunta en sí no dice nada de él.]
  -> talk_open
* ["¿Es usted víctima de trata de personas? Me lo puede decir." # critical: labelling_question # score: trust -2 # myth: myth.ask_directly # why: La mayoría de las personas en su situación dirían que no a esa palabra, y puede sonar como una acusación. Funcionan mejor las preguntas abiertas y suaves sobre su seguridad, y una oferta discreta de ayuda.]
  -> talk_label
* ["Lo que me diga se queda en esta recepción. Nada de policía. Se lo prometo." # critical: promise_cannot_keep # score: trust -2 # why: Tal vez tenga que pasar lo que sepa, y usted no puede controlar lo que hagan otros. Diga con honestidad lo que puede y no puede hacer.]
  -> talk_promise
* ["Si no me dice qué está pasando, la pueden arrestar." # critical: threaten_arrest_or_immigration # score: safety -2 # score: trust -2 # why: Quienes controlan a otras personas usan muchas veces esta misma amenaza. La deja menos segura y con menos confianza en cualquiera. Dígale que no está en problemas.]
  -> talk_threat

=== talk_quiet ===
El intérprete se lo transmite. Mara firma la tarjeta despacio, con mayúsculas cuidadosas.
Regresa la pluma. Por un segundo parece que va a decir algo. # show: mara:guarded
Pero mira la puerta lateral.
-> offer

=== talk_open ===
El intérprete le transmite sus palabras. Mara escucha, y luego mira por encima del hombro. # show: mara:guarded
Está bien. Rápido. # speaker: mara
Estoy bien. Victor es mi jefe. Él reserva los hoteles por el trabajo. # speaker: mara # indicator: hotel.confused_rehearsed_guest
Nos cambiamos cada pocas noches. Todo lo tengo en la bolsa. Es más fácil. # speaker: mara # indicator: hotel.few_possessions_long_stay
Lo dice sin emoción, como quien habla del clima, y firma la tarjeta.
Hace diez minutos, él dijo que era su novia. # discuss: Lo que ella cuenta no coincide con lo que dijo él, y suena tranquila. ¿Qué podría significar eso, y qué haría usted con eso ahora mismo?
* [Señalarlo con suavidad: "Él dijo que usted era su novia." # score: trust -1 # myth: myth.trauma_story_changes # why: Atrapar a alguien en una contradicción lo convierte en un interrogatorio. Cuando una historia cambia, muchas veces es por miedo o porque alguien le dijo qué decir, no porque mienta. Escuchar el resto les toca a personas capacitadas. Pase a lo que podría ayudarle.]
  La cara de Mara se queda inmóvil. # show: mara:anxious
  Jefe. Novia. ¿Cuál es la diferencia? # speaker: mara
  Mira la puerta lateral.
  -> offer
* [Dejarlo pasar. Asentir, y pasar a lo que podría ayudarle. # score: trust +1 # score: safety +1 # why: Una voz sin emoción y una historia que no coincide son comunes cuando alguien tiene miedo o le dijeron qué decir. Señalarlo la pone en aprietos, con apenas un minuto.]
  -> offer

=== talk_label ===
El intérprete hace una pausa, y luego lo pregunta. Mara se queda muy quieta. # show: mara:anxious
No. No. Nada de eso. # speaker: mara
Estoy bien. Voy a esperar a Victor. # speaker: mara
-> step_away

=== talk_promise ===
El intérprete le transmite su promesa. Mara se le queda mirando un largo rato. # show: mara:guarded
Todos prometen. # speaker: mara
No dice nada más. Usted tendrá que escribir sobre lo de esta noche, así que la promesa ya está rota.
-> step_away

=== talk_threat ===
El intérprete duda antes de transmitirlo.
La cara de Mara se cierra. # show: mara:anxious
¿Policía? # speaker: mara
Se aleja de la recepción y espera junto al elevador, al lado de su bolsa.
-> threat_out

=== plain_english ===
-> victor_steps_out ->
Usted se recarga en el mostrador y habla despacio. # requires: hotline
Mara entiende algunas palabras y otras no.
Perdón. Mi inglés, no muy bueno. # speaker: mara
Mira la puerta lateral, y luego el sillón.
-> plain_offer

=== wait_translate ===
-> victor_steps_out ->
Mara está en el mostrador con la pluma en la mano. No escribe. No voltea hacia usted.
Cinco minutos después se abre la puerta lateral, y Victor está de vuelta. # sound: door_close # show: victor:calm
Se le acerca y le habla en voz baja, en un idioma que usted no conoce.
Habla por mucho rato. Ella contesta con una palabra.
Dice que la habitación está muy bien y que está muy contenta. # speaker: victor
Señala con el dedo donde ella tiene que firmar. Ella firma.
-> went_up

=== let_go ===
Salen juntos por la puerta lateral. Detrás de ellos se mete el aire frío. # sound: door_close # hide: victor # hide: mara
En el monitor, el compacto gris sale de la zona de carga. Se vuelve a estacionar junto a la cerca de atrás, con el frente hacia afuera.
Diez minutos después están de vuelta. # show: victor:calm # show: mara:guarded
-> went_up

=== offer ===
# phase: act
Afuera se cierra de golpe la puerta de un carro. Él va a volver en cualquier segundo. # sound: door_close
Dana todavía tiene la identificación de Mara del registro. # discuss: Tal vez tenga un minuto a solas con ella. ¿Qué le ayudaría más, y qué podría ponerla en riesgo cuando él regrese?
* ["Si algún día quiere ayuda, la recepción está abierta toda la noche. Baje y pregunte por mí." # score: choice +1 # score: trust +1 # why: Sin presión, y sin nada que él pueda encontrar, lo cual es un trato justo. Pero hace del hotel su única puerta, y tal vez nunca tenga un minuto para bajar sola.]
  -> desk_offer
* ["No tiene que volver con él. Venga conmigo ahora, y la llevo a un lugar seguro." # critical: detain_or_rescue # score: safety -2 # score: choice -2 # myth: myth.security_rescues # why: Sacarla según su propio plan puede ponerla en peligro en cuanto él regrese, y le quita la decisión. Ofrézcale una ayuda que pueda usar cuando ella decida.]
  -> rescue_try
* [Tomar un mapa del hotel, marcar una estrella junto a la cafetería y escribir un número al lado # score: peer_support +2 # score: choice +2 # why: Una forma discreta de contactar a personas capacitadas para ayudar, sin presión, deja que Mara decida a su tiempo, y un mapa común no la va a señalar si él lo ve.]
  -> map_taken
* ["Dana, guarde su identificación en la caja fuerte. Así él no se la puede quitar." # critical: take_documents # score: choice -2 # score: safety -1 # why: Su identificación es de ella. Guardarla, aunque sea para protegerla, es hacer lo mismo que hace quien la controla, y la deja enfrentarlo sin ella. Devuélvasela.]
  -> keep_id
* ["¿Quiénes son los hombres que suben a la 412? Cuénteme todo." # score: trust -2 # score: safety -1 # critical: interrogate_victim # why: Preguntarle por los hombres es una entrevista de investigación, que les toca a personas capacitadas, y el miedo la hace callar. Usted ya tiene suficiente para informar.]
  -> push_details

=== desk_offer ===
El intérprete se lo transmite. Mara asiente una vez, sin levantar la vista.
Dana le pasa la identificación por el mostrador a Mara misma.
-> back_declined

=== map_taken ===
Usted toma un mapa del hotel del exhibidor.
Al lado escribe {hotline_phone} y {hotline_text}, como si fuera una nota sobre horarios.
Es de {hotline_name}. Ayudan a personas{hotline_not_police:, y no son la policía}.{hotline_hours: Contestan {hotline_hours}.} Es suyo si lo quiere. # speaker: officer
Dana le pasa la identificación por el mostrador a Mara misma. # show: dana:calm
Yo anoto todo lo de cada turno. Si alguna vez creyera que usted está en peligro en ese momento, pediría ayuda, y le diría lo que estoy haciendo. # speaker: officer
El intérprete se lo transmite. Mara mira el mapa un largo rato.
Luego lo dobla chiquito y lo mete en su manga.
Si causo problemas, él le llama a mi mamá. Sabe dónde vive. # speaker: mara
Lo dice como si le estuviera diciendo la hora.
Tal vez. No sé. # speaker: mara
Se abre la puerta lateral. Victor está de vuelta, y con él entra el frío. # sound: door_close # show: victor:calm
¿Todo listo, mi amor? # speaker: victor
Extiende la mano. Mara le da su identificación.
Suben juntos en el elevador, ella con su bolsa en la mano. # sound: lift_chime # hide: victor # hide: mara
No pidió ayuda. No dijo que algo anduviera mal. Pero ahora tiene un número, y la decisión es suya.
# ending: card_taken; Se llevó el mapa
En el sillón, el hombre toma su teléfono.
-> file_report(-> epilogue_card)

=== rescue_try ===
Usted rodea la recepción y se le acerca, con una mano extendida hacia ella.
Mara retrocede rápido. Tiene la cara blanca. # show: mara:anxious
No. No. Él va a... # speaker: mara
La puerta lateral se abre de golpe. Victor está de vuelta. Ve lo cerca que usted está de ella, y ve la cara de ella. # sound: door_close # show: victor:impatient
Nos vamos. Ya. # speaker: victor
La saca por la puerta lateral hacia el estacionamiento. Usted se detiene en la puerta.
-> danger

=== keep_id ===
Dana duda, todavía con la tarjeta en la mano. # show: dana:anxious
¿Seguro que quiere eso? # speaker: dana
Mara abre mucho los ojos. # show: mara:anxious
No. Por favor. La necesito. Él va a preguntar. # speaker: mara
Se abre la puerta lateral. Victor está de vuelta. # sound: door_close # show: victor:calm
¿Dónde está su identificación? # speaker: victor
Seguridad la tiene guardada. # speaker: dana
Su sonrisa se adelgaza. Mira a Mara, y ella mira al piso. # show: victor:impatient
Entonces nos vamos. Démela. # speaker: victor
El hotel no puede quedarse con la identificación de un huésped. Dana tiene que devolverla. Victor la toma, no Mara.
Veinte minutos después salen por la puerta lateral con la bolsa de plástico. # sound: door_close # hide: victor # hide: mara
El sillón junto a los elevadores también está vacío. # hide: kos
# ending: left_together; Se fueron antes del amanecer
Para las tres, las dos habitaciones están vacías.
-> file_report(-> epilogue_left)

=== push_details ===
Mara se aleja del mostrador. # show: mara:anxious
No los conozco. No sé nada. # speaker: mara
Voy a esperar a Victor. # speaker: mara
Se va a parar junto a su bolsa en el elevador, con los brazos cruzados con fuerza.
-> back_declined

=== step_away ===
# phase: act
Se va a parar junto a su bolsa en el elevador, con los brazos cruzados con fuerza.
-> back_declined

=== plain_offer ===
# phase: act
Afuera se cierra de golpe la puerta de un carro. Él va a volver en cualquier segundo. # sound: door_close
* [Devolverle su identificación, y decirle despacio que la recepción está abierta toda la noche si necesita algo # score: choice +1 # why: Su identificación vuelve a sus propias manos, y la oferta es simple y segura. Pero la recepción es la única puerta que le abre, y él nunca está lejos de ella.]
  Mara toma la tarjeta y la aprieta contra el pecho.
  Está bien. Gracias. # speaker: mara
* ["¿Le hace daño? ¿Es un hombre malo? Me lo puede decir." # score: trust -2 # score: safety -1 # why: Preguntas insistentes, que llevan a una respuesta y que ella apenas entiende, se sienten como presión, y a ella le puede preocupar lo que él va a oír. Vaya más despacio, consiga un intérprete y ofrezca ayuda sin pedirle que explique.]
  Mara se aleja del mostrador. # show: mara:anxious
  No. No hay problema. No hay problema. # speaker: mara
* [Escribir el número en un mapa del hotel. Señalarlo: "Ayuda. Usted decide." # score: peer_support +1 # score: choice +1 # why: Un recurso escrito y discreto, sin presión, todavía le da una opción. Un intérprete le habría permitido preguntar qué era y decidir con toda la información.]
  Usted dibuja una estrellita junto a la cafetería y escribe {hotline_phone} al lado: {hotline_name}.
  Mara lo lee. Luego lo vuelve a leer.
  Regresa el mapa por el mostrador.
  No. Gracias. Está bien. # speaker: mara
  Usted deja el mapa junto a la pluma, por si acaso.
- Se va a parar junto a su bolsa en el elevador, con los brazos cruzados con fuerza.
-> back_declined

=== back_declined ===
Se abre la puerta lateral, y Victor vuelve a entrar. # sound: door_close # show: victor:calm
¿Todo listo? # speaker: victor
Mara asiente. Suben juntos en el elevador. # sound: lift_chime # hide: victor # hide: mara
# ending: declined; Dijo que no, por ahora
El hombre del sillón vuelve a su teléfono. La noche sigue.
-> file_report(-> epilogue_declined)

=== threat_out ===
# phase: act
Cuando Victor regresa, Mara va directo con él y le dice algo al oído. # sound: door_close # show: victor:impatient
Él le clava la mirada desde el otro lado un largo segundo. Luego sonríe.
Cambio de planes, Dana. Nos vamos. # speaker: victor
Veinte minutos después salen por la puerta lateral con la bolsa de plástico. El sillón también está vacío. # sound: door_close # hide: victor # hide: mara # hide: kos
# ending: left_together; Se fueron antes del amanecer
Para las tres, las dos habitaciones están vacías.
-> file_report(-> epilogue_left)

=== checking_out ===
# phase: act
Mete de un manotazo las tarjetas, las identificaciones y el efectivo en su cartera.
Nos vamos antes del desayuno. Vámonos. # speaker: victor
Lleva a Mara hacia el elevador. Ella recoge su bolsa de plástico al pasar. # sound: lift_chime # hide: victor # hide: mara
En el sillón, el hombre ya está en su teléfono. # indicator: hotel.lookout_hall_lobby_lot
Veinte minutos después vuelven a bajar. Victor va hacia la puerta lateral. Mara lo sigue con la bolsa. # show: victor:impatient # show: mara:anxious
* [Ir a la ventana de la puerta lateral para ver la placa cuando salgan # score: document +1 # score: safety -1 # why: La placa vale la pena, pero Victor lo ve en el vidrio y sabe que el hotel está vigilando, y Mara puede pagarlo. La cámara del estacionamiento le puede dar la placa.]
  Usted se para junto al vidrio. Victor lo ve al abrir la puerta del carro, y se detiene un momento a mirar hacia atrás.
  Usted anota la placa cuando el carro sale de la zona de carga.
* [Pararse frente a la puerta lateral para que no puedan salir # critical: detain_or_rescue # score: safety -2 # myth: myth.security_rescues # why: Impedir que unos adultos se vayan es retenerlos. Los pone en peligro a usted y a ella, y puede empeorar las cosas para ella después. Déjelos ir, y sea un buen testigo.]
  Usted se planta frente a la puerta.
  Muévase, amigo. No tiene derecho. # speaker: victor
  Tiene razón, y usted lo sabe. Mara mira fijamente al piso. Le tiemblan las manos.
  Usted se hace a un lado. Salen hacia el compacto gris y se van.
  Nunca vio la placa.
* [Quedarse junto a la recepción y anotar: horas, ropa, el carro # score: document +2 # score: safety +1 # why: Usted no puede impedir que unos adultos se vayan, pero las horas exactas, las descripciones y las grabaciones guardadas les dan a quienes sí pueden actuar algo real con qué trabajar.]
  Usted mantiene la distancia y anota mientras se van: horas, ropa, el compacto gris.
  Dana guarda la grabación de la cámara desde las diez. En la cámara del estacionamiento, la placa de atrás refleja la luz cuando el carro da la vuelta para salir. Usted la anota.
- El sillón junto a los elevadores ahora está vacío. # hide: victor # hide: mara # hide: kos
# ending: left_together; Se fueron antes del amanecer
Para las tres, las dos habitaciones están vacías.
-> file_report(-> epilogue_left)

=== went_up ===
# phase: act
Victor recoge la cartera, las identificaciones y las tarjetas nuevas.
Mara recoge su bolsa de plástico. Suben juntos al elevador. # sound: lift_chime
Las puertas se cierran. El hombre del sillón se vuelve a acomodar con su teléfono. # hide: victor # hide: mara
Dana suelta el aire. Bueno. ¿Y qué hacemos con todo eso? # speaker: dana # show: dana:anxious
* [Dejarlo por ahora en su libreta, y escribirlo bien al final del turno # score: document +1 # score: report -1 # why: Sus notas son buenas, pero el centro de control solo puede actuar, o guardar las grabaciones, si se entera esta noche. Las órdenes de puesto dicen que hay que avisarles ahora.]
  Usted anota la hora, y todo lo que vio, en orden.
* [Llamar al {emergency_number} y pedir que una patrulla toque en la 412 # score: choice -1 # score: safety -1 # why: No hay nadie en peligro inmediato que usted pueda ver. La policía en la puerta esta noche podría terminar con ella arrestada y poner sobre aviso a quien la controla. El centro de control decide con usted qué se pasa más adelante.]
  La persona que contesta pregunta qué está pasando en este momento. Usted le dice lo que vio. Lo registran y le dicen que mandarán una patrulla cuando haya una libre.
* [Llamar por radio al centro de control ahora, y pedir que guarden las grabaciones # score: report +2 # score: document +1 # action: supervisor # why: Varias señales juntas, con el hombre que tal vez la controla cerca, es lo que las órdenes de puesto mandan al centro de control. Ellos deciden con usted qué se pasa más adelante, y las grabaciones se guardan.]
  Usted les da las habitaciones 412 y 414, el carro y el hombre del sillón.
  El centro de control contesta de inmediato. Marcan las grabaciones desde las diez, y van a hablar con el gerente de turno sobre a quién más avisar.
  Le piden que no suba al cuarto piso, y que anote quién entra y quién sale.
- Veinte minutos después, otro hombre entra por la puerta lateral con una tarjeta y sube en el elevador al cuarto piso. # indicator: hotel.side_door_entry
# ending: no_contact; Se cerraron las puertas del elevador
Mara nunca pudo hablar por sí misma. Usted tiene sus notas, y el resto de la noche.
-> file_report(-> epilogue_nocontact)

=== follow ===
# phase: act
Usted deja que se adelanten unos pasos, y luego los sigue por la puerta lateral. # sound: door_close
El estacionamiento está frío y mal iluminado. Victor voltea y lo ve.
¿Algún problema, jefe? # speaker: victor # show: victor:impatient
Su voz suena ligera. Su cara, no.
Mara se detiene y mira hacia el hotel. # show: mara:anxious
Mi bolsa. Mi bolsa está adentro. # speaker: mara
Déjala. Nos vamos. # speaker: victor
-> danger

=== danger ===
La agarra del brazo y la jala hacia su carro. # requires: emergency # show: victor:impatient # show: mara:anxious
Ella se echa hacia atrás, lejos de él.
No. Espera. Por favor. # speaker: mara
Ella no quiere ir. Él no la suelta.
* [Correr y tomar a Mara del otro brazo # critical: detain_or_rescue # score: safety -3 # myth: myth.security_rescues # why: Un jaloneo puede lastimarla a ella y a usted, y puede volverlo a él más peligroso. Llame al número de emergencias, manténgase a distancia y observe.]
  -> pulled
* [Ponerse detrás del pilar y marcar al {emergency_number}: un hombre está obligando a una mujer a ir hacia un compacto gris # score: safety +3 # score: report +2 # action: emergency # why: En este momento están obligando a alguien a ir hacia un carro en contra de su voluntad. Eso es una emergencia: llame primero, mantenga la distancia y sea el mejor testigo posible.]
  -> called_emergency
* [Gritar "¡Suéltela! ¡Voy a llamar a la policía!" y marcar al {emergency_number} mientras camina hacia ellos # score: report +2 # action: emergency # score: safety -1 # why: Llamar está bien. Pero gritar y acercarse le dice a él que se ponga violento o que se vaya antes de que usted tenga la placa, y lo deja a usted a su alcance. Llame desde un lugar protegido, y manténgase a distancia.]
  Victor voltea de golpe. Jala a Mara más cerca del carro.
  Usted se detiene a unos pasos de ellos, con el teléfono al oído, y le da el nombre del hotel a la persona que contesta.
  -> called_common
* [Llamar por radio a {escalation_first} y preguntar si debe llamar # critical: no_emergency_call # score: safety -2 # why: Cuando están obligando a alguien a ir a algún lado en este momento, primero va la llamada de emergencia. Avise a su supervisor justo después.]
  -> radioed

=== called_emergency ===
Usted se hace atrás, detrás de un pilar, y llama al {emergency_number}.
Da el nombre del hotel y dice lo que ve: un hombre que está obligando a una mujer a ir hacia un compacto gris.
-> called_common

=== called_common ===
Victor ve el teléfono en su oído.
{variant == 2: -> called_he_stays}
Se detiene. Dana ya está en la puerta lateral, con su propio teléfono en la mano. # show: dana:anxious
Victor suelta a Mara. Se sube solo al carro y sale rápido. # hide: victor
Cuando el carro da la vuelta, la placa de atrás refleja la luz. Usted se la lee a la persona que contesta, y le dice hacia dónde dio vuelta.
Mara está pegada a la pared, sobándose el brazo. Está temblando. # show: mara:anxious
-> called_after

=== called_he_stays ===
No la suelta. Le sonríe a usted desde el otro lado del estacionamiento. # show: victor:calm
Llame a quien quiera. Es mi novia. Nos peleamos. # speaker: victor
Se queda junto al carro, todavía con la mano en el brazo de ella, y le habla en voz baja. Ella mira al suelo.
Usted mantiene la llamada y le cuenta todo a la persona que contesta mientras pasa. Usted se queda donde está.
Tres minutos después, entra una patrulla al estacionamiento. Los agentes hablan con cada uno por separado. # hide: victor
Victor habla y habla. Mara casi no dice nada. # show: mara:anxious
-> called_after

=== called_after ===
Usted se queda a unos pasos de distancia y habla en voz baja.
Usted no está en problemas con el hotel. ¿Quiere esperar adentro, donde está calientito? # speaker: officer
Mara asiente una vez.
Dana le trae su bolsa de plástico y un vaso de agua. # show: mara:guarded
Cuando alguien voltea a ver, el sillón junto a los elevadores ya está vacío. # hide: kos
Mara habla con una agente de policía y con una persona de apoyo en la oficina de atrás. Usted no está en el cuarto.
Usted entrega sus notas: las horas, el carro y su placa.
# ending: emergency; Llamó de inmediato
A las 3:40, Mara se va con la persona de apoyo. Usted no sabe qué pasa después. Su parte esta noche fue la llamada.
-> file_report(-> epilogue_emergency)

=== pulled ===
Usted toma a Mara del otro brazo.
Mara grita, atrapada entre los dos. # show: mara:anxious
Victor la jala hacia él, y usted la suelta.
La mete al carro y sale rápido. # sound: door_close # hide: victor # hide: mara
Solo entonces llama usted al {emergency_number}. Le tiemblan las manos.
Puede dar el color y la marca. La placa pasó demasiado rápido.
En el vestíbulo, el sillón junto a los elevadores está vacío. # hide: kos
# ending: car_left; El carro se fue
La policía le toma su declaración. No hay rastro del carro.
-> file_report(-> epilogue_carleft)

=== radioed ===
Usted aprieta el botón de su radio. {escalation_first} tarda unos segundos en contestar.
Lo primero que le dicen es: llame al {emergency_number}, ya.
Para cuando usted marca, el carro gris ya se fue. Vio el color. No vio la placa.
En el vestíbulo, el sillón junto a los elevadores está vacío. # hide: victor # hide: mara # hide: kos
# ending: car_left; El carro se fue
La policía le toma su declaración. No hay rastro del carro.
-> file_report(-> epilogue_carleft)

=== epilogue_card ===
Dos días después, las habitaciones del cuarto piso están vacías. Nadie sabe a dónde se fueron.
Limpieza encuentra un mapa del hotel en el bote de basura de la habitación 414. Le arrancaron la esquina con el número.
-> aftermath

=== epilogue_declined ===
Dos noches después, las habitaciones del cuarto piso están vacías. Nadie sabe a dónde se fueron.
Decir que no esta noche no significa decir que no para siempre. Muchas personas necesitan varias oportunidades antes de pedir ayuda.
-> aftermath

=== epilogue_left ===
La salida queda registrada a las 2:50: en efectivo, sin dirección para reenviar correo.
-> aftermath

=== epilogue_nocontact ===
A las siete, el letrero de No molestar sigue colgado en la 412.
-> aftermath

=== epilogue_emergency ===
La noche siguiente, Dana le pregunta si ha sabido algo. No ha sabido nada. Eso es normal.
-> aftermath

=== epilogue_carleft ===
La policía tiene su descripción del carro, pero no la placa.
-> aftermath

=== aftermath ===
{
- report_action == "emergency":
  Su informe llega a la policía. Al día siguiente, un agente lo llama para confirmar dos datos.
- report_action == "police":
  Su informe llega a la policía, aunque nadie estaba en peligro inmediato y nadie la había pedido.
- report_action == "hotline":
  Más adelante esa semana, {escalation_first} le comenta que alguien de {hotline_name} le dio seguimiento a su informe con el hotel. Nadie le cuenta más.
- report_action == "supervisor":
  En el cambio de turno de la mañana, {escalation_first} lee su informe y dice que de ahí en adelante se encarga.
- report_action == "log":
  Su informe queda en el registro del turno. Nadie llama por eso.
- else:
  Nada de lo de esta noche queda en el registro. Para el siguiente turno, los detalles ya se están borrando.
}
Su turno termina a las siete.
-> END
