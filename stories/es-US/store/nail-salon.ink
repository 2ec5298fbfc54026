// translation-of: sha256:b5b491fdacec8f1f
# grammar: 1
# id: store.nail_salon
# title: Patrullaje en el centro comercial: el salón de uñas del pasillo
# setting: store
# summary: Una clienta habitual se le acerca junto a la fuente. La técnica que le hizo las uñas estaba llorando, y el dueño contestó por ella. Dé una vuelta por los quioscos del pasillo central.
# minutes: 12
# situation: labour_trafficking
# minor: no
# variants: 2
# content_note: Esta historia trata de una técnica de uñas que trabaja jornadas muy largas, un dueño que maneja todo el dinero y una deuda por su capacitación. Menciona una amenaza de denunciar a alguien a inmigración. No se muestra violencia. Puede tomar una pausa en cualquier momento.
# focus: Algo que puede significar dos cosas, un pretexto que puede no funcionar, y quién debe enterarse
# character: denise; Denise; Una clienta de sesenta y tantos años, con bastón y las uñas recién pintadas, que viene seguido al salón de uñas.
# character: kim; Kim; Una técnica de uñas de veintitantos años, con túnica negra del salón, el pelo recogido y los ojos cansados y enrojecidos.
# character: gil; Gil; El dueño del salón de uñas, un hombre de cincuenta y tantos años con camisa blanca planchada, muy alegre, con una riñonera para el efectivo en el cinturón.
# character: walt; Walt; Un hombre de sesenta y tantos años con camisa verde y lentes, que atiende el mostrador de reparación de teléfonos con su hijo adulto.
# distractor: not.cash_only
# distractor: not.family_business_long_hours
# distractor: not.tired_or_shy
# teaches: myth.only_underground
# teaches: myth.trauma_story_changes
# teaches: myth.would_ask_for_help

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

VAR gil_wary = false
VAR walt_told = false
VAR kim_talked = false
VAR gave_number = false

-> start

=== start ===
# phase: briefing
# bg: mall_kiosk_concourse
# ambience: mall_concourse
# show: denise:anxious
# requires: log
Martes de la primera semana de diciembre, las once y veinte. Usted está de patrulla en el turno de día para {org_name} en Riverside Commons, un centro comercial muy concurrido con techo de vidrio.
Una mujer con bastón y las uñas recién pintadas se le acerca junto a la fuente. Se llama Denise, y se hace las uñas en el pasillo dos veces por semana.
La muchacha que me acaba de hacer las uñas estaba llorando. No un poquito. Llorando, todo el rato. # speaker: denise
Le pregunté si estaba bien, y el dueño vino y dijo que era alergia. Ella no dijo ni una palabra. # speaker: denise
Y siempre está ahí, de mañana y de noche. El Día de Acción de Gracias, con todo el centro comercial cerrado, pasé por la reja y ella estaba adentro. # speaker: denise
Y encima solo aceptan efectivo. Así es como esos lugares esconden cosas, ¿no? # speaker: denise # discuss: Denise le ha dado varias cosas a la vez. ¿Cuáles importan y cuáles no?
+ ["Muchos negocios pequeños solo aceptan efectivo. Lo demás, lo voy a revisar." # score: observe +1 # why: Deja de lado lo único que no significa nada y se queda con lo que puede importar. Puede que Denise sienta que no la tomó en serio en lo que ella estaba más segura.]
  Bueno. Usted es quien sabe. # speaker: denise
+ ["Llora en el trabajo, solo efectivo, nunca un día libre: a mí me suena a trata de personas. Voy a dar parte." # score: observe -1 # myth: myth.one_flag_or_nationality # why: Unas cuantas cosas que le contaron son un motivo para mirar, no una conclusión, y aceptar solo efectivo no es señal de nada.]
  Denise parpadea. Yo no dije eso. Solo pensé que alguien debía revisar. # speaker: denise
+ ["Gracias. ¿Me da un número para comunicarnos con usted, por si alguien tiene que darle seguimiento?" # score: document +1 # score: collaboration +1 # why: Lo que ella vio, en sus propias palabras y con una forma de localizarla, es el primer dato de cualquier informe, y ella se va sabiendo que la escucharon.]
  Denise escribe su número en el reverso de un recibo. Denise Albright. Vengo los martes y los viernes. # speaker: denise # show: denise:calm
+ ["Entonces voy ahora mismo a preguntarle qué le pasa." # score: safety -1 # score: trust -1 # why: Ir directo a ella, con el dueño a su lado, le pide que se explique delante de él.]
  Denise no se ve convencida. ¿Con él parado ahí mismo? # speaker: denise
- Anota la hora: las once y veintidós.
  -> concourse

=== concourse ===
# phase: observe
# hide: denise
# show: gil:calm
# show: kim:anxious
# show: walt:calm
Recorre el pasillo como cada hora, pasando la fuente hacia los quioscos del centro.
- (around)
* [Observar el salón de uñas un minuto # observe: nail_bar # reveals: retail.not_allowed_to_buy_or_speak]
  Una joven con túnica negra le lima las uñas a una clienta. El nombre bordado en la túnica dice Kim. Un hombre con camisa blanca planchada está parado detrás de ella, con una riñonera para el efectivo en el cinturón.
  La clienta le paga a él. Luego le extiende a Kim un billete doblado, de propina.
  Yo se lo guardo. Ella pierde las cosas. # speaker: gil
  Kim mantiene las manos planas sobre la mesa hasta que el billete está en la riñonera de él.
  -> around
* [Mirar el cuarto de almacenaje detrás del salón de uñas # observe: kiosk_storage # reveals: nothing # ambiguous: retail.tenant_worker_lives_onsite]
  La puerta del cuarto está abierta un palmo, con una cortina colgada en la abertura.
  Debajo de la cortina: la punta de un colchón delgado de espuma, una cobija doblada, un cargador de teléfono en el enchufe.
  Algunos salones tienen un catre para que el personal descanse los pies entre clientes. Desde aquí no puede saber cuál es el caso.
  -> around
* [Leer el letrero del poste # observe: hours_sign # reveals: nothing]
  ABIERTO DE 10 A 9, LOS SIETE DÍAS. SOLO EFECTIVO, 5% DE DESCUENTO.
  El puesto de pretzels y el quiosco de copias de llaves tienen el mismo tipo de letrero. En una manicura de veinte dólares, las comisiones de tarjeta cuestan de verdad.
  -> around
* [Mirar el mostrador de reparación de teléfonos # observe: phone_repair # reveals: nothing]
  Dos hombres con camisas verdes iguales atienden el mostrador: Walt, de sesenta y tantos, y su hijo Danny. La lista de la oficina del centro comercial dice Walt and Son, quince años en el mismo lugar.
  Tienen el mismo horario que el salón de uñas. Danny se queja de que no ha tenido un domingo libre desde Halloween. Su papá le dice que eso es ser dueño, y le pasa medio sándwich.
  -> around
* [Mirar por el pasillo de servicio # observe: service_door # reveals: retail.hotline_signage_removed]
  La puerta del pasillo está abierta con un tope para una entrega. En la pared junto a los baños del personal, alguien volvió a raspar la calcomanía de la línea de ayuda. Solo quedan las esquinas.
  La hoja de limpieza pegada al lado dice: reemplazada 3 de nov., reemplazada 19 de nov.
  -> around
+ [Caminar hacia el salón de uñas]
- -> gil_hello

=== gil_hello ===
# phase: talk
# show: gil:calm
Gil ve que usted se acerca y abre los brazos.
¡Oficial! Siéntese, siéntese. La primera manicura es cortesía de la casa. Ustedes trabajan demasiado. # speaker: gil
+ ["Una clienta dijo que una de sus empleadas estaba afectada hace rato. ¿Todo bien por aquí?" # score: collaboration +1 # score: safety -1 # why: Honesto sobre por qué vino, y una queja es asunto de seguridad. Pero también le dice a Gil que una clienta vio llorar a Kim, y Kim es quien va a oír de eso.]
  Alergia. La acetona. Yo le digo que use la mascarilla. # speaker: gil
  Se ríe. Las manos de Kim se detienen un segundo y luego siguen.
+ ["Hoy no, gracias. ¿Mucho trabajo esta mañana?" # score: safety +1 # why: Conversar de cualquier cosa no le da a Gil nada en qué pensar, y le da a usted un minuto en el mostrador.]
  ¡Mucho, mucho! ¡Navidad! Cada día más. # speaker: gil
+ ["¿Quién firmó el contrato de arrendamiento? Voy a necesitar una lista de su personal y sus horarios." # score: safety -1 # score: observe -1 # why: Exigir papeles convierte un patrullaje en una investigación. Gil se entera de que usted está revisando, y esos papeles ya los tiene la oficina del centro comercial.]
  ¿El contrato? Lo tiene la oficina del centro comercial. Pregúnteles a ellos. # speaker: gil # show: gil:guarded
- Saluda con la cabeza a la técnica de la silla. Buenos días. # speaker: officer
Antes de que ella conteste, contesta Gil. Kim no conversa mientras trabaja. Se concentra. ¿Verdad, Kim? # speaker: gil
Kim asiente. Gil contestó por ella, y ella lo deja. # indicator: retail.worker_coached_monitored
No levanta la vista de la lima. Tiene los bordes de los ojos rojos. # indicator: retail.injuries_avoids_eye_contact # discuss: ¿Qué puede decir o preguntar sin riesgo con Gil parado ahí, y qué no?
+ [Señalar con la cabeza la cortina de atrás: "Qué práctico, un catre ahí atrás. ¿Para los descansos?" # score: safety -1 # why: Su respuesta no aclara nada, y la pregunta le dice que usted miró detrás de su mostrador, y Kim es la que se queda con él cuando usted se vaya.]
  Para los descansos. Los pies, de estar parada todo el día. ¿Quiere ver? # speaker: gil
  No se mueve para enseñárselo. La sonrisa sigue; la amabilidad detrás ya no. # show: gil:guarded
  ¿Algo más, oficial? # speaker: gil
+ ["¿Siete días a la semana, Gil? ¿Cuándo tiene ella un día libre?" # critical: confront_controller # score: safety -2 # why: Enfrentar al dueño delante de ella pone a Kim en medio. Gil sigue educado con usted, y ella es la que se queda en ese mostrador con él.]
  Yo le pago la renta al centro comercial, no a usted. Sus horarios son asunto mío. # speaker: gil # show: gil:impatient
  Estira el brazo hacia atrás y cierra la cortina.
  ~ gil_wary = true
+ ["Los dejo trabajar. De aquí a Navidad esto solo se pone peor." # score: safety +2 # why: Con Gil a su lado, nada de lo que Kim diga es de ella. Una despedida normal no le da a él nada por qué castigarla, y usted ya vio lo que vino a ver.]
  ¡Ni me lo recuerde! # speaker: gil
+ ["Kim, ¿estuvo llorando? ¿Está bien?" # critical: suspicion_in_front_of_controller # score: trust -1 # why: Preguntada delante de Gil, hasta una pregunta amable la pone en aprietos: ella le va a rendir cuentas a él por lo que diga, y por lo que usted vio.]
  Alergia. # speaker: kim
  Se lo dice a la lima. # show: kim:anxious
  Está bien. Tenemos trabajo. Me está asustando a los clientes. # speaker: gil # show: gil:impatient
  ~ gil_wary = true
- -> walt

=== walt ===
# show: walt:calm
Dos pasos más allá, Walt pone un protector de pantalla en el mostrador de reparación de teléfonos. Mira hacia el salón de uñas, y luego a usted.
+ ["¿Usted cree que a la mujer del salón de uñas la tienen ahí en contra de su voluntad?" # score: safety -2 # score: observe -1 # why: Una pregunta así, a un vecino que conversa con Gil todos los días, puede llegarle a Gil antes que usted.]
  Walt frunce el ceño. ¿La tienen? Ella va al área de comidas como cualquiera. No me voy a meter en los asuntos de Gil. # speaker: walt # show: walt:guarded
  Unos minutos después lo ve hablando con Gil junto al puesto de pretzels.
  ~ gil_wary = true
+ [Comprarle un cable de carga a Walt y no mencionar el salón de uñas # score: safety +1 # why: Nada que nadie pueda pasar, y Gil ve a un guardia comprando un cable. El catre sigue siendo una pregunta que desde aquí no puede responder.]
  Doce noventa y cinco. Efectivo o tarjeta, me da igual. # speaker: walt
+ [Preguntarle a Walt, en voz baja, si alguna vez ve cerrado el salón de uñas # resolves: retail.tenant_worker_lives_onsite # score: observe +1 # why: Un vecino ve lo que un patrullaje no ve: quién está ahí al abrir y al cerrar. Pero lo que le pregunta a un vecino puede correr, y Gil está a veinte pies.]
  ~ walt_told = true
  Walt no aparta la vista de la pantalla.
  Yo abro a las ocho. Ella ya está ahí. Cierro a las nueve y cuarto, y la luz sigue prendida detrás de esa cortina. # speaker: walt
  El Día de Acción de Gracias, con el lugar cerrado, vine por una pieza. Ella estaba sentada ahí adentro, a oscuras, con su teléfono. # speaker: walt
  Esa cama de ahí atrás no es para descansar los pies. # speaker: walt # indicator: retail.tenant_worker_lives_onsite
  Danny y yo tenemos el mismo horario, claro. Pero es nuestro nombre el que está en el mostrador, y nos vamos a dormir a nuestra casa. # speaker: walt
  {variant == 2: Aunque Gil se ha portado bien conmigo. Una vez me prestó una escalera. No quiero problemas para nadie. # speaker: walt}
- -> podium

=== podium ===
# hide: walt
De vuelta en el puesto de seguridad junto a la fuente, abre el cajón de objetos perdidos: un guante de niño, un pasador para el pelo y una pulsera de plata que entregaron ayer de este lado del pasillo.
Desde aquí se ve el salón de uñas. Gil está parado junto a Kim. # discuss: Podría intentar pasar unos minutos con Kim, o no. ¿Qué le costaría a ella cada opción, y qué le costaría a usted?
+ [Llevar la pulsera y preguntar si Kim puede venir al puesto a revisarla y firmar el formulario de objetos perdidos # score: trust +1 # why: Una pulsera de verdad y un formulario de rutina podrían darle a Kim cinco minutos lejos de Gil. Aun así, es usted pidiéndosela a él, y él puede decir que no.]
  -> pretext
+ [No acercarse al salón de uñas, y anotar lo que tiene: horas, palabras, quién tomó el dinero # score: safety +1 # score: document +1 # why: Con Gil nunca a más de un paso de ella, no intervenir mantiene a Kim segura, y las notas de ahora son la base de una remisión. Hoy ella no tiene oportunidad de hablar.]
  Lo escribe en la tableta del puesto mientras lo tiene fresco: las horas, las palabras de Gil, la propina, la cortina.
  -> act
+ ["Kim tiene que venir un minuto a la oficina conmigo. Es política del centro comercial." # critical: suspicion_in_front_of_controller # score: safety -2 # why: Una regla inventada en el momento y dicha en la cara de Gil le dice exactamente por quién se preocupa, y Kim lo paga cuando usted se va.]
  -> made_up_rule
+ [Esperar en la banca junto al pasillo del personal por si ella va sola al baño # score: observe +1 # score: safety -2 # why: Podría darle un momento, pero un guardia sentado junto a la puerta del baño se nota fácil, y Gil decide cuándo va ella.]
  -> restroom_wait

=== made_up_rule ===
Regresa al salón de uñas y lo dice.
¿Política? Enséñeme la política. # speaker: gil # show: gil:impatient
Tiene una clienta. Si la quiere a ella, hable con la oficina del centro comercial, y ellos hablan conmigo. # speaker: gil
Kim no levanta la vista. Gil cierra la cortina de atrás. # show: kim:anxious
-> act

=== restroom_wait ===
Se sienta en la banca junto al pasillo del personal.
Cuarenta minutos después, Kim viene hacia el pasillo. Gil camina con ella, se detiene en la puerta y mira su reloj mientras ella está adentro. # indicator: retail.watcher_outside
Ella sale, ve que usted está en la banca y voltea rápido para otro lado. Gil también se da cuenta. # show: gil:guarded
-> act

=== pretext ===
{
- gil_wary || variant == 2:
  -> pretext_fails
- else:
  -> pretext_works
}

=== pretext_works ===
Lleva la pulsera en su bolsa transparente. Una clienta entregó esto de por aquí. Si es de alguien del salón de uñas, hay que firmar un formulario en el puesto. # speaker: officer
Gil mira la pulsera y luego el reloj. # show: gil:calm
Kim, ve. Cinco minutos. # speaker: gil
Kim va con usted hasta el puesto y se queda parada con las manos en los bolsillos de la túnica. # show: kim:guarded
+ ["¿Ese colchón detrás de la cortina es suyo? ¿Usted duerme en el salón?" # score: observe +1 # score: trust -1 # why: Una pregunta de seguridad válida, pero hecha de entrada y tan directa se siente como que la atraparon. Puede que conteste, o que se cierre.]
  No. Es para los descansos. # speaker: kim # show: kim:anxious
  Voltea a ver el salón de uñas.
  -> kim_talks
+ ["La pulsera puede esperar. Siéntese un minuto si quiere; no hay prisa con el formulario." # score: trust +2 # score: choice +1 # why: Sin preguntas, un asiento y un poco de tiempo: el formulario ya cumplió su función, y si ella dice algo o no es decisión suya.]
  Kim se sienta en la orilla del banco y le da vueltas a la bolsa sin abrirla.
  No es mía. # speaker: kim
  Perdón por lo de esta mañana. La clienta. Estaba cansada nada más. # speaker: kim
  Lo dice sin ninguna expresión, como quien lee un número de teléfono.
  -> kim_talks
+ ["¿Gil le paga? ¿Tiene él su pasaporte? ¿Cuánto le debe?" # critical: interrogate_victim # score: trust -2 # why: Una serie de preguntas sobre lo que quizá le están haciendo es una entrevista, y no le toca a usted hacerla. También es la forma más rápida de mandarla de vuelta a la silla.]
  Kim da un paso atrás. # show: kim:anxious
  Tengo que regresar. # speaker: kim
  -> kim_back
+ ["Nada más firme abajo, y puede volver al trabajo." # score: observe -1 # why: El formulario queda firmado y sus cinco minutos se acabaron. Nada dañino, y nada ofrecido.]
  Kim mira la pulsera. No es mía, dice. Firma la línea que lo dice, y se va.
  -> kim_back

=== kim_talks ===
~ kim_talked = true
+ ["¿La están obligando a trabajar aquí? Puede decírmelo." # critical: labelling_question # score: trust -2 # myth: myth.ask_directly # why: Una pregunta que le pone nombre recibe un no, y cierra la puerta. Ella tiene todos los motivos para no decirle que sí a un desconocido de uniforme.]
  No. No, me gusta mi trabajo. # speaker: kim # show: kim:anxious
  Se levanta.
  -> kim_back
+ ["Días largos, por lo que veo. ¿Llega a su casa en la noche?" # resolves: retail.tenant_worker_lives_onsite # score: observe +1 # score: trust +1 # why: Una sola pregunta con tacto sobre su día, no sobre Gil, y ella puede contestarla o no.]
  A mi casa. # speaker: kim
  Por un rato no dice nada. Luego: Duermo atrás. Hasta que termine de pagar la capacitación. # speaker: kim # indicator: retail.tenant_worker_lives_onsite
  Gil pagó el curso de la licencia, el vuelo, el cuarto al principio. Cuatro mil. Mis propinas van para eso. # speaker: kim
  Cada mes me dice cuánto falta. Siempre es más. # speaker: kim
  Si me voy antes de pagar, dice que llama a inmigración y les dice que trabajé aquí ilegalmente. Mi mamá necesita lo que le mando para la escuela de mi hermano. # speaker: kim # show: kim:anxious
  Lo dice todo con la misma voz sin expresión. # discuss: Esta mañana Kim dijo que estaba cansada, y delante de Gil no dijo nada. ¿Qué cambió, y la hace eso menos creíble?
+ ["Si algún día quiere hablar con alguien sobre su trabajo, aquí tiene un número. Cuando usted decida; es su decisión." # score: choice +1 # score: trust +1 # why: Una forma de pedir ayuda sin pedirle nada a cambio. Ella puede tomarla sin contarle nada, y usted se entera de menos.]
  ~ gave_number = true
  Escribe {hotline_phone} en el reverso del recibo de objetos perdidos. Parece una copia de formulario como cualquier otra.
  Kim lo mira un buen rato.
  Gil me revisa el teléfono. # speaker: kim
  Duermo atrás, ¿sabe? Hasta que termine de pagar la capacitación. Él dice que dos años más. # speaker: kim # indicator: retail.tenant_worker_lives_onsite
- -> kim_decides

=== kim_decides ===
Al otro lado del pasillo, Gil mira su reloj.
+ ["Venga a la oficina de atrás y llame ahora a {hotline_name}. Yo espero afuera de la puerta." # score: trust +1 # score: choice -1 # why: Amable, y la puerta se cerraría. Pero Gil le dio cinco minutos, y decidir ahora, con su reloj y no el de ella, puede costarle más de lo que le da.]
  Ahora no. Él cuenta los minutos. # speaker: kim
  {not gave_number: De todos modos escribe {hotline_phone} en un recibo. Ella lo toma.}
  ~ gave_number = true
+ ["Usted no va a volver a esa silla. Voy a llamar a la policía ahora mismo." # critical: detain_or_rescue # score: choice -2 # myth: myth.security_rescues # why: Decidir por una adulta que no está en peligro inmediato es un rescate que ella no pidió, y la policía en el mostrador le dice a Gil exactamente quién habló.]
  No. Por favor, policía no. # speaker: kim # show: kim:anxious
  Ya está de vuelta en el salón de uñas antes de que usted pueda decir algo más.
+ ["Él no le puede hacer eso. No va a pasar nada con inmigración, se lo prometo." # critical: promise_cannot_keep # score: trust -1 # why: Usted no puede saber eso, y ella sabe que no puede. Una promesa que no puede cumplir le enseña que quienes ayudan le fallan.]
  Usted no lo conoce. # speaker: kim
  Deja el recibo en el puesto.
  ~ gave_number = false
+ ["Le voy a contar a mi centro de control lo que me dijo; a Gil no. El número de ese recibo es suyo, para cuando decida." # score: trust +2 # score: choice +1 # why: Honesto sobre lo que tiene que comunicar y quién no se va a enterar, y claro en que el siguiente paso es de ella, a su tiempo.]
  {not gave_number: Escribe {hotline_phone} en el reverso del recibo de objetos perdidos. Parece una copia de formulario como cualquier otra.}
  ~ gave_number = true
  Es {hotline_name}.{hotline_not_police: No son la policía.}{hotline_languages: Pueden ayudar en {hotline_languages}.} # speaker: officer
  Kim dobla el recibo y lo guarda en el bolsillo de la túnica.
  ¿Puedo venir a usar su teléfono algún día? Ahora no. Algún día. # speaker: kim # indicator: retail.discreet_help_seeking
  Cuando yo esté en el puesto. # speaker: officer
- -> kim_back

=== kim_back ===
Kim regresa al salón de uñas. Gil le dice algo, y ella se sienta en la silla. # show: kim:guarded
-> act

=== pretext_fails ===
Lleva la pulsera en su bolsa transparente. Una clienta entregó esto de por aquí. Si es de alguien del salón de uñas, hay que firmar un formulario en el puesto. # speaker: officer
Gil toma la bolsa y la mira un segundo. # show: gil:impatient
No es de nosotros. Y Kim no firma nada. Yo soy el dueño; lo que haya que firmar, lo firmo yo. # speaker: gil
{gil_wary: Dos veces en una mañana, oficial. Yo le pago la renta al centro comercial, no a usted. # speaker: gil}
Kim sigue limando. No levanta la vista.
+ ["¿Por qué no puede hablar por sí misma, Gil?" # critical: confront_controller # score: safety -2 # why: Enfrentar al hombre que tiene el control, delante de ella, pone a Kim entre usted y él. Observe, anótelo, infórmelo.]
  Si quiere hablar con mi personal, hable con mi abogado. # speaker: gil # show: gil:impatient
  Kim, atrás. # speaker: gil
  Kim deja la lima y se va detrás de la cortina. # hide: kim
+ [Recoger la pulsera: "No hay problema. Gracias por revisar." # score: safety +1 # why: Él ya dijo que no a cualquier rato a solas. Detenerse aquí evita problemas a Kim; lo que la ayuda ahora es el informe, no una palabra en privado.]
  Cuando guste. # speaker: gil
  La sonrisa vuelve, más delgada que antes.
+ [Dejar un recibo en el mostrador para Kim, con el número de la línea de ayuda escrito en pequeño al reverso # score: safety -2 # why: Podría llegarle, pero Gil maneja cada papel en ese mostrador. Si le da la vuelta, es Kim la que tiene que dar explicaciones.]
  Gil toma el recibo, le da la vuelta y lo mete en su riñonera.
+ ["El formulario necesita la firma de ella, no la suya. No tarda ni un minuto." # critical: suspicion_in_front_of_controller # score: safety -2 # why: Insistir después de un no le muestra que usted quiere a Kim a solas, y ella es la que lo paga cuando usted se va.]
  Está con una clienta. Ya terminamos. # speaker: gil
  Cierra la cortina del fondo del quiosco.
- -> act

=== act ===
# phase: act
# requires: hotline
De vuelta en el puesto, repasa lo que tiene. # discuss: ¿Qué vio usted en persona, qué le contaron, y quién debe enterarse?
+ [Anotarlo en el registro de incidentes y pasar más seguido por el salón de uñas esta semana # action: log # score: document +1 # score: report -1 # why: Un registro y más atención, pero nadie que pueda ayudar lee el registro esta semana, y Kim está en esa silla todos los días.]
  -> logged
+ [Avisar a {escalation_first}, con horas, palabras y todo, y decir que parece un caso para {hotline_name} # action: hotline # score: report +2 # score: collaboration +1 # why: Varias señales juntas sobre una adulta, y nadie en peligro en este momento: el centro de control y el personal capacitado de la línea de ayuda pueden evaluarlo y actuar, sin forzar la mano de Kim.]
  -> referred
+ [Llamar a la oficina de arrendamiento del centro comercial: alguien duerme en el local, y el contrato lo prohíbe # score: collaboration +1 # score: safety -2 # why: Es una infracción real, y asunto del centro comercial. Pero un aviso del contrato le dice a Gil que alguien estuvo revisando, y Kim pierde una cama, no la deuda.]
  -> lease_notice
+ [Llamar a la policía por el salón de uñas # action: police # score: choice -2 # why: Kim es una adulta que no está en peligro inmediato y no ha pedido a la policía. Los agentes en el mostrador le dicen a Gil quién habló, y a las personas en su situación a menudo les dicen que cualquier autoridad significa deportación.]
  -> police_called

=== referred ===
Le da a {escalation_first} las horas, las palabras de Gil, quién se quedó con el dinero y la propina, la cortina y el colchón{walt_told:, y lo que Walt ve al abrir y al cerrar}{kim_talked:, y lo que dijo Kim, en sus palabras}.
Desde el centro de control lo registran y dicen que harán la remisión a {hotline_name} con usted antes de que termine el turno, y le piden a la oficina del centro comercial que guarde el expediente del contrato y el video de las cámaras del pasillo de esta mañana, sin contactar al inquilino.
# ending: referred; El centro de control y la línea de ayuda lo tienen
-> file_report(-> epilogue)

=== lease_notice ===
La oficina de arrendamiento le da las gracias, y esa tarde le manda a Gil una carta sobre el uso del local durante la noche.
# ending: lease_notice; El centro comercial le mandó a Gil un aviso por el contrato
-> file_report(-> epilogue)

=== police_called ===
Dos agentes de policía pasan a las dos. Gil los recibe con el contrato, la licencia del negocio y un libro de recibos bien ordenado.
Kim les dice que vive con una prima y que le encanta su trabajo. # show: kim:anxious
# ending: police_override; La policía llegó al mostrador
-> file_report(-> epilogue)

=== logged ===
Escribe seis líneas en el registro de incidentes y sigue con su ronda.
# ending: logged; Quedó en el registro
-> file_report(-> epilogue)

=== epilogue ===
{
- report_action == "emergency":
  Su informe va a la policía como emergencia, aunque nadie estaba en peligro inmediato.
- report_action == "police":
  Desde el centro de control, {escalation_first} lee su informe. La policía fue al salón de uñas. Kim es una adulta que no estaba en peligro inmediato, y no la pidió.
- report_action == "hotline":
  Una semana después, desde el centro de control, {escalation_first} le dice que {hotline_name} tiene la remisión, con los datos del contrato que dio la oficina del centro comercial. Nadie le cuenta más, y eso es normal.
- report_action == "supervisor":
  Desde el centro de control, {escalation_first} lee su informe y pregunta por qué se quedó ahí. Con tantas señales juntas, las órdenes de puesto indican la remisión a la línea de ayuda.
- report_action == "log":
  Su informe queda en el registro de incidentes. Nadie fuera del centro comercial lo lee.
- else:
  Nada de lo de hoy queda en el registro.
}
-> aftermath

=== aftermath ===
{
- lease_notice:
  Para el viernes, el colchón ya no está detrás de la cortina. Kim sigue abriendo a las diez y cerrando a las nueve. Walt dice que ahora la recoge una camioneta, y no sabe adónde va.
- police_called:
  A la mañana siguiente hay una técnica nueva en el salón de uñas. Nadie en el pasillo sabe adónde se fue Kim.
- kim_talked && gave_number && variant == 1:
  El viernes, a las diez menos diez, antes de que suban las cortinas metálicas, Kim pasa por el puesto y pide usar el teléfono. Usted se aparta para revisar la fuente, y le da todo el tiempo que necesite.
- else:
  Kim está en la silla todos los días de esa semana. Denise pasa por el puesto el viernes y pregunta si alguien revisó. Usted le dice que se pasó a quien corresponde.
}
Su turno termina a las seis.
-> END
