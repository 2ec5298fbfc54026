// translation-of: sha256:1edb0df706b0d8eb
# grammar: 1
# id: store.back_pay
# title: Turno de día: pago atrasado
# setting: store
# summary: Encontraron a una limpiadora de una empresa contratista llorando en los probadores. La encargada de prevención de pérdidas oyó algo sobre el pago y quiere que seguridad lo revise antes de que llegue el jefe de cuadrilla de la empresa de limpieza para el cambio de turno.
# minutes: 10
# situation: not_trafficking
# minor: no
# variants: 2
# content_note: Esta historia trata de una limpiadora contratada que está afectada por su trabajo y su pago, y de una compañera que se pregunta si es trata de personas. No se muestra violencia. Puede tomar una pausa en cualquier momento.
# focus: Distinguir un problema de derechos laborales del trabajo forzoso, y la remisión que corresponde
# character: ren; Ren; La encargada de prevención de pérdidas de la tienda, una mujer de cincuenta y tantos años, de pelo gris corto y con un radio en el cinturón. Hoy es su compañera.
# character: tess; Tess; Una limpiadora de cincuenta y tantos años, con un polo verde de la empresa contratista y los lentes de leer sobre la cabeza.
# character: gary; Gary; El jefe de cuadrilla de la empresa de limpieza, un hombre de unos cuarenta años con el mismo polo verde, una tabla con sujetapapeles y cara de cansado.
# distractor: not.owed_pay_free_to_leave
# distractor: not.outside_contractor
# distractor: not.tired_or_shy
# distractor: not.cheap_clothes
# teaches: myth.one_flag_or_nationality

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink

VAR confronted = false

-> start

=== start ===
# phase: briefing
# bg: store_sales_floor
# ambience: store_floor
# show: ren:guarded
# requires: supervisor
Martes, diez para la una. Usted está en el turno de día para {org_name} en Brook and Hale, una tienda departamental.
Ren, la encargada de prevención de pérdidas, se le acerca junto al mostrador de servicio al cliente.
Una de las limpiadoras contratadas, Tess, estaba llorando en los probadores. Oí algo de tres semanas sin pago. # speaker: ren
Desde el curso de la semana pasada no dejo de pensar... ¿será uno de esos casos? ¿Trabajo forzoso? # speaker: ren # discuss: Una trabajadora, un problema con su pago. ¿Qué necesitaría saber antes de llamarlo trabajo forzoso, y qué es ya?
+ ["Si no le pagan, es trabajo forzoso. Llamemos a la línea de ayuda." # score: observe -1 # score: report -1 # myth: myth.one_flag_or_nationality # why: No pagar el salario puede ser una señal de trabajo forzoso, pero una sola señal no prueba nada. Trabajo forzoso es cuando obligan a alguien a seguir trabajando por medio de fuerza, fraude o coerción, y todavía no sabe si alguien la obliga.]
  Ren duda. ¿No deberíamos hablar con ella primero? # speaker: ren
+ ["Escuchémoslo de ella, si quiere hablar." # score: observe +1 # score: choice +1 # why: Partir de lo que ella diga, y solo si quiere decirlo, lo mantiene abierto y la deja a ella a cargo de su propia historia.]
  Está atrás. Le da vergüenza. Vaya con calma. # speaker: ren
+ ["Voy a buscar al jefe de cuadrilla para preguntarle qué pasa con el pago." # score: safety -1 # score: trust -1 # why: Ir primero con su jefe, antes de que ella le haya dicho nada, podría meterla en problemas por algo que le contó llorando a una compañera.]
  Ren frunce el ceño. ¿Y si habla con ella antes de ir con él? # speaker: ren
+ ["Eso es entre ella y su empleador, ¿no?" # score: collaboration -1 # why: El pago es asunto de su empleador, pero que un contratista no les pague a quienes trabajan en su tienda también es asunto de la tienda, y puede que ella necesite saber adónde acudir.]
  ¿Seguro? Trabaja aquí todos los días. # speaker: ren
- -> floor

=== floor ===
# phase: observe
Camino al fondo de la tienda, pasa por la entrada.
* [Mirar el estacionamiento por la ventana de la entrada # observe: car_park_window # reveals: nothing]
  La parte del estacionamiento para el personal: unos carros pequeños y una camioneta. No hay nadie esperando en ninguno.
  Ren dice que los limpiadores vienen manejando por su cuenta. Tess tiene el hatchback azul con la calcomanía de un perro.
* [Mirar el pasillo de los baños # observe: restroom_corridor # reveals: nothing # ambiguous: retail.tenant_worker_lives_onsite]
  Un carrito de limpieza con el logo verde del contratista está junto a la puerta del baño. La hoja de control está llena con una misma letra ordenada, cada hora desde las siete.
  Detrás, con un clip, la hoja de ayer va de las siete de la mañana a las diez de la noche, con la misma letra.
  La calcomanía de la línea de ayuda en la pared está limpia y entera.
* [Mirar la banca junto a la columna # observe: seating_bench # reveals: nothing]
  Un señor mayor con una chaqueta manchada de pintura está sentado en la banca, esperando a que su esposa termine en el mostrador de servicio. Está haciendo una sopa de letras.
- -> back

=== back ===
# bg: store_fitting_rooms
# show: tess:anxious
Al fondo de la tienda, los probadores están tranquilos.
+ [Mirar el tablero de avisos del personal # observe: noticeboard # reveals: nothing]
  Entre los horarios hay un aviso impreso con el membrete del contratista: La nómina se retrasa por un cambio de sistema. Disculpe las molestias. Tiene fecha de hace un mes.
+ [Mirar la banca junto a los probadores # observe: bench # reveals: nothing]
  Una mujer con un polo verde está sentada en la banca, sonándose la nariz. Su bolsa está a su lado: una cartera, un teléfono y la llave de un carro con un llavero en forma de perro.
+ [Mirar el perchero de ropa para devolver # observe: clothes_rail # reveals: nothing]
  Una adolescente del piso de ventas ordena el perchero por tallas, tarareando con sus audífonos.
- -> tess

=== tess ===
# phase: talk
# show: ren:calm
La mujer de la banca se da cuenta de que usted está ahí y se levanta rápido.
Perdón. Estoy bien. Ya vuelvo al trabajo. # speaker: tess
+ ["Tómese un minuto. ¿Quiere un café?" # score: trust +1 # why: Amable y sencillo. Le da tiempo, aunque no le dice por qué vino, y puede que ella solo tome el café y se vaya.]
  -> coffee
+ ["¿Su jefe tiene su pasaporte? ¿Es usted víctima de trata?" # critical: labelling_question # score: trust -2 # why: Una pregunta que pone etiquetas, y una suposición sobre documentos que ella no ha mencionado. Le dice que usted ve a una víctima, no a una trabajadora con un problema, y casi siempre la respuesta es no.]
  -> labelled
+ ["Ren mencionó algo del pago. ¿Quiere contarme? No tiene que hacerlo." # score: trust +2 # score: choice +1 # why: Honesto sobre por qué está ahí, y claro en que contarle es decisión de ella. La gente habla más cuando la decisión es de verdad suya.]
  -> talks
+ ["Si no le pagan, renuncie." # score: trust -1 # why: Es fácil decirlo. No toma en cuenta lo que le deben ni lo que le costaría renunciar, y corta la conversación.]
  -> coffee

=== labelled ===
Tess se le queda mirando.
Mi pasaporte está en un cajón de mi cocina. Nací a veinte millas de aquí. # speaker: tess # show: tess:impatient
Toma su carrito y vuelve a los baños. # hide: tess
# ending: walked_off; Volvió al trabajo sin decir nada más
-> decide

=== coffee ===
Ren trae un café de la sala del personal. Tess lo sostiene con las dos manos.
{variant == 2: No es nada. Es solo dinero. # speaker: tess|Estoy cansada nada más. Ha sido un mes largo. # speaker: tess}
-> talks

=== talks ===
# show: tess:guarded
{
- variant == 2:
  Tess mira al piso.
  No nos pagan desde principios de mes. Dicen que son las computadoras. # speaker: tess
- else:
  Tess se vuelve a sentar.
  Tres cheques. Siempre dicen que el viernes. Y luego es el otro viernes. No me alcanza para la renta. # speaker: tess
}
+ ["¿Usted puede ir y venir libremente, y renunciar si quiere?" # resolves: retail.tenant_worker_lives_onsite # score: observe +2 # score: trust +1 # why: Una pregunta abierta y con tacto sobre el control, que es lo que haría de esto algo más que salarios sin pagar. Le permite decir que no sin pedirle detalles.]
  -> free
+ ["¿Quién es su jefe? ¿Cuál es la dirección de la empresa? ¿Cuánto le deben exactamente?" # score: trust -1 # score: collaboration -1 # why: Esas son preguntas para la oficina laboral, si ella acude. Viniendo de seguridad, todas a la vez, se sienten como una investigación contra ella.]
  -> free
+ ["¿Quiere que llame a la policía? No pagarle es un delito." # score: choice -1 # score: trust -1 # why: Los salarios sin pagar suelen ser un asunto de normas laborales, no de la policía, y ofrecer la policía puede asustar a alguien que solo quería que le pagaran.]
  -> free

=== free ===
{
- variant == 2:
  ¿Irme? Podría irme hoy. Pero entonces nunca vería ese dinero. # speaker: tess
  Estoy haciendo turnos dobles desde que empezó. Pensé que si tomaba los turnos extra me pagarían primero. # speaker: tess
  Por favor no haga un escándalo. Si la empresa se entera de que me quejé, me despiden. # speaker: tess
- else:
  ¿Irme? Me iría mañana si me pagaran lo que me deben. Tengo mi carro, mi casa. # speaker: tess
  Estoy haciendo turnos dobles para pagar la renta hasta que me paguen. Después me voy a casa a dormir. # speaker: tess
  Nadie me tiene nada guardado. Es solo el dinero. # speaker: tess
}
-> gary

=== gary ===
# show: gary:calm
Un hombre con el mismo polo verde da la vuelta a la esquina con una tabla en la mano.
¿Tess? Cambio de turno. Firma la salida cuando termines. # speaker: gary
Ve el uniforme de usted. ¿Todo bien por aquí? # speaker: gary
+ ["Su empresa le debe tres semanas de pago. Resuélvalo." # score: safety -1 # score: trust -2 # why: Le dice a su jefe de cuadrilla que ella se quejó, delante de ella, que es justo lo que ella temía. La tienda puede planteárselo a la empresa por medio del contrato, sin darle a él su nombre.]
  ~ confronted = true
  -> gary_confronted
+ ["Todo bien. Solo conversando." # score: trust +1 # score: safety +1 # why: Mantiene en privado lo que ella le contó. Lo que la tienda haga con el contratista no tiene que pasar por su jefe de cuadrilla delante de ella.]
  -> gary_ok
+ ["¿Me da el contacto de nómina? Tenemos uno en archivo de cada contratista." # score: collaboration +1 # why: Una petición de rutina, y es cierta. Pero le da al jefe de cuadrilla un motivo para preguntarse por qué seguridad quiere nómina hoy, justo después de hablar con ella.]
  -> gary_ok

=== gary_confronted ===
{variant == 2: Eso es asunto de la empresa. No tiene nada que ver con la tienda. # speaker: gary # show: gary:impatient|Ni me diga. A mí tampoco me han pagado. # speaker: gary # show: gary:impatient}
Tess se pone roja y mira al piso. # show: tess:anxious
{variant == 2: Voy a terminar los baños. # speaker: tess|Está bien, Gary. Olvídalo. # speaker: tess}
-> act

=== gary_ok ===
{variant == 2: Bueno. Tess, dos minutos. # speaker: gary|Claro. Entre nosotros, la nómina es un desastre. A mí tampoco me han pagado. # speaker: gary}
Va a revisar la hoja de los baños. # hide: gary
-> act

=== act ===
# phase: act
# hide: gary
# show: tess:guarded
Tess recoge sus cosas.
{variant == 2: Por favor no le diga a nadie. Necesito este trabajo. # speaker: tess|Ni sé a quién se le dice algo así. # speaker: tess}
+ ["Queda entre nosotros. Se lo prometo." # critical: promise_cannot_keep # score: trust -1 # why: La tienda tiene que saber que su contratista no le paga a la gente, así que no puede prometer eso. Dígale lo que usted va a hacer, y qué sigue siendo decisión de ella.]
  -> promised
+ ["Le voy a avisar a la tienda, sin dar su nombre. Y aquí tiene {labour_standards_name}, si lo quiere." # score: choice +2 # score: trust +1 # why: Honesto sobre lo que tiene que comunicar y cómo, y una opción real que sigue siendo de ella: la oficina de normas laborales se ocupa de los salarios sin pagar.]
  -> referred
+ ["Aquí tiene {labour_standards_name}. Ven casos de salarios sin pagar. Usted decide." # score: choice +1 # why: El contacto correcto, y respeta la decisión de ella. Pero la tienda también tiene que saber que su contratista no le paga a la gente, y ella puede creer que nadie más se va a enterar.]
  -> referred
+ ["Llamemos juntos a {hotline_name}." # score: choice -1 # myth: myth.one_flag_or_nationality # why: Nada de lo que dijo apunta a fuerza, fraude o coerción: puede irse, tiene sus propios documentos y nadie la amenaza. La línea de ayuda contra la trata de personas no es la ayuda para salarios sin pagar.]
  -> hotline_offered

=== promised ===
Tess asiente, pero no se ve más tranquila.
# ending: kept_quiet; Volvió al trabajo sin tener adónde llevar su problema
-> decide

=== referred ===
{
- variant == 2:
  Tess duda, y luego lo anota en su teléfono.
  Tal vez. Si llega el viernes y otra vez no hay nada. # speaker: tess
- else:
  Tess lo anota en su teléfono.
  No sabía que se podía hacer eso. Pensé que había que esperar nada más. # speaker: tess # show: tess:relieved
}
# ending: referred; Tiene el contacto de normas laborales, y la tienda se va a ocupar
-> decide

=== hotline_offered ===
Tess frunce el ceño.
¿Trata? Yo no soy víctima de trata. Es que no me pagan. # speaker: tess
# ending: kept_quiet; Volvió al trabajo sin tener adónde llevar su problema
-> decide

=== decide ===
# phase: act
# show: ren:calm
# hide: tess
Ren camina con usted de vuelta a la entrada.
¿Entonces no es trabajo forzoso? ¿Qué lo habría hecho trabajo forzoso? # speaker: ren
+ ["Amenazas, una deuda, o que ellos tuvieran sus documentos o su vivienda." # score: observe +2 # why: Esa es la diferencia: trabajo forzoso es que a alguien lo obliguen a trabajar por medio de fuerza, fraude o coerción. Ella tiene su carro, su casa y sus documentos, y puede renunciar hoy.]
  Ren asiente despacio. Entonces es un problema de pago. Uno serio. # speaker: ren
+ ["Que no fuera de aquí." # score: observe -2 # myth: myth.one_flag_or_nationality # why: De dónde viene alguien no es señal de nada. El control sí lo es: quién tiene los documentos, quién decide dónde vive ella, si puede irse.]
  Ren le lanza una mirada. Eso no es lo que dijo el curso. # speaker: ren
+ ["Que siguiera así meses y meses, y le prometieran y nunca le pagaran nada." # score: observe -1 # why: El tiempo por sí solo no lo hace trabajo forzoso. Lo que importa es si la obligan a seguir trabajando: amenazas, deudas, documentos retenidos, no tener adónde ir.]
  Ren no se ve convencida.
- ¿Qué hace con esto?
+ [Avisar por radio a {escalation_first} sobre la cuadrilla sin pagar # action: supervisor # score: report +2 # why: El encargado de contratos de la tienda tiene que enterarse por el centro de control, para que se le plantee a la empresa sin dar el nombre de ella.]
  -> decided
+ [Anotarlo en el registro de incidentes # action: log # why: Queda constancia, pero el registro no le llegará al encargado de contratos esta semana. El centro de control puede pasárselo hoy.]
  -> decided
+ [Remitirlo a {hotline_name} con Ren # action: hotline # score: report -1 # why: Nada apuntaba a trabajo forzoso, así que la línea de ayuda contra la trata de personas no es la vía correcta. El centro de control de la tienda y {labour_standards_name} sí lo son.]
  -> decided
+ [Llamar a la policía por la empresa de limpieza # action: police # score: choice -1 # why: Los salarios sin pagar son primero un asunto de normas laborales, y Tess no pidió a la policía. Le podría costar el trabajo que ella le pidió proteger.]
  -> decided

=== decided ===
-> file_report(-> epilogue)

=== epilogue ===
{
- report_action == "supervisor":
  Desde el centro de control, {escalation_first} se lo pasa al encargado de contratos de la tienda, que esa misma tarde llama a la empresa de limpieza por los salarios sin pagar de su cuadrilla, sin nombrar a nadie.
- report_action == "hotline":
  Desde el centro de control, {escalation_first} pregunta qué apuntaba a trabajo forzoso. La respuesta es nada: una empresa de limpieza atrasada con los pagos. El encargado de contratos se entera dos días tarde.
- report_action == "police" || report_action == "emergency":
  Desde el centro de control, {escalation_first} lee su informe y le dice que los salarios sin pagar van al encargado de contratos y a {labour_standards_name}, no a la policía, a menos que alguien esté siendo obligado o en peligro.
- report_action == "log":
  Su anotación se queda en el registro hasta el fin de semana. Nadie llama a la empresa de limpieza.
- else:
  Nada llega al centro de control. El encargado de contratos se entera un mes después, cuando renuncian dos limpiadores.
}
-> aftermath

=== aftermath ===
{confronted: Gary no vuelve a poner a Tess en el turno de día. La mandan a otro sitio.|{variant == 2: Llega el viernes. A Tess le pagan una semana de las tres.|Llega el viernes. A los limpiadores les pagan, y Tess le dice adiós con la mano desde el pasillo de los baños.}}
Al final del turno, Ren pasa por la oficina.
Podía irse, tenía sus propios documentos, su carro, su casa, y nadie la amenazaba. Eso es robo de salario. Está mal, y hay a quién llamar para eso. # speaker: ren
Si no pudiera irse, o si tuvieran sus documentos o su vivienda, o si les debiera una deuda imposible de pagar, estaría llamando a la línea de ayuda con usted. # speaker: ren
Su turno termina a las cinco.
-> END
