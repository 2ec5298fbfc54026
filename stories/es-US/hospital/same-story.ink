// translation-of: sha256:f85832d247da0a76
# grammar: 1
# id: hospital.same_story
# title: Turno de noche: la misma historia
# setting: hospital
# summary: Una mujer con la muñeca lastimada está en el cubículo 6, y el hombre que viene con ella le cuenta a la enfermera de triaje cómo pasó antes de que ella pueda hacerlo. La enfermera a cargo quiere unos minutos a solas con ella.
# minutes: 10
# situation: not_trafficking
# minor: no
# variants: 2
# content_note: Esta historia incluye a una mujer que podría estar lastimada y controlada por su pareja. Menciona una lesión y maltrato en el hogar sin describirlos. No se muestra violencia. Puede tomar una pausa en cualquier momento.
# focus: Apoyar al equipo médico para que una paciente pueda hablar en privado, y saber qué remisión corresponde
# character: tam; Tam; La enfermera a cargo esta noche, con uniforme azul, tranquila y rápida. Dirige al equipo médico.
# character: kim; Kim; Una mujer de unos treinta años, con una chaqueta polar gris de trabajo con el logo de un consultorio dental, que sostiene la muñeca derecha contra el pecho.
# character: shane; Shane; Un hombre de unos treinta años, con chaleco acolchado, amable y platicador, que no quita la mano del respaldo de la silla de ella.
# distractor: not.controlling_partner_alone
# distractor: not.tired_or_shy
# distractor: not.late_arrival
# teaches: myth.would_ask_for_help
# teaches: myth.trauma_hostile_or_flat

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink


VAR pretext_failed = false

-> start


=== start ===
# phase: briefing
# bg: hospital_ed_waiting
# ambience: hospital_waiting
# show: tam:calm
# requires: supervisor
Son las once y media de un domingo por la noche en la sala de emergencias de {org_name}.
Tam, la enfermera a cargo, se detiene en el puesto de seguridad con una tableta bajo el brazo.
Cubículo 6. La muñeca, quizás fracturada. Su pareja contestó todas las preguntas de triaje antes de que ella pudiera abrir la boca. # speaker: tam
Quiero unos minutos a solas con ella para las preguntas de rutina. Se las hacemos a todos. ¿Me ayuda? # speaker: tam # discuss: Tam necesita un momento a solas con una paciente. ¿Qué puede hacer seguridad que no parezca sospecha?
+ ["Le voy a preguntar directamente si fue él." # critical: labelling_question # score: trust -2 # score: collaboration -1 # why: Una pregunta directa de alguien de uniforme, en un cubículo donde él puede oír, probablemente reciba un no y la ponga en riesgo después. Las preguntas de rutina le tocan al equipo médico, en privado.]
  Tam le pone la mano en el brazo.
  No. Por favor. Eso me toca preguntarlo a mí, y no con él ahí. # speaker: tam # show: tam:guarded
+ ["En rayos X solo entran pacientes, ¿verdad? Yo voy a estar cerca cuando usted lo diga." # score: collaboration +2 # score: safety +1 # why: Una regla de rutina, dicha por el personal clínico, da un momento a solas sin que nadie parezca sospechar. Usted la respalda estando cerca, no tomando el mando.]
  Exacto. Cinco minutos. # speaker: tam
+ ["Voy a inventar una razón para sacarlo al mostrador de adelante, como un problema con su carro en el estacionamiento." # score: collaboration +1 # why: Un pretexto puede funcionar, pero uno inventado por seguridad también puede fallar y ponerlo en alerta. La rutina del propio equipo médico es una razón más sólida.]
  Quizás. Déjeme probar primero con lo de rayos X. # speaker: tam
- -> corridor


=== corridor ===
# phase: observe
# bg: hospital_triage_bay
# hide: tam
Usted camina por el pasillo hacia el cubículo 6. Puede observar algunas cosas de paso, sin detenerse en el cubículo.
- (around)
* [Echar un vistazo a la cortina del cubículo al pasar # observe: bay_curtain # reveals: hospital.companion_speaks_for_patient]
  Por la abertura: una mujer en la camilla sosteniéndose la muñeca, y un hombre en la silla con la mano en el respaldo. # indicator: hospital.companion_speaks_for_patient
  El técnico le hace una pregunta a ella. Él contesta. Iba bajando las escaleras con la ropa sucia, dice. Siempre quiere hacer de más.
  -> around
* [Mirar la bolsa de pertenencias junto a la silla # observe: belongings_bag # reveals: nothing # ambiguous: hospital.companion_holds_documents_pays]
  Una bolsa transparente de paciente con algunas de sus cosas: un teléfono con la funda rota, las llaves de un carro y un cordón de consultorio dental con su foto.
  No hay bolsa de mano, ni cartera, ni identificación. Quizás estén en su abrigo, o en el bolsillo de él. Desde aquí no se sabe.
  Usted no la abre. No le toca abrirla.
  -> around
* [Mirar la banca del pasillo # observe: corridor_bench # reveals: nothing]
  Un señor mayor está sentado en la banca con un abrigo encima de la piyama, sosteniendo una bolsa con la ropa de su esposa. Ella está en el cubículo 2, le cuenta. Llevan cincuenta y un años de casados.
  -> around
* [Mirar la silla de ruedas plegada # observe: wheelchair # reveals: nothing]
  Tiene una etiqueta: FUERA DE SERVICIO, FRENO. Alguien escribió PERDÓN debajo, con marcador.
  -> around
+ [Quedarse junto al lavamanos, a la vista del cubículo 6]
- -> bay


=== bay ===
# phase: talk
# show: kim:anxious
# show: shane:calm
# show: tam:calm
Tam abre la cortina con una sonrisa.
¿Kim? La vamos a llevar a rayos X. Allá solo entran pacientes, así que su pareja puede esperar adelante. # speaker: tam
Kim mira al hombre antes de contestar. # indicator: hospital.patient_defers_fearful
Shane se ríe.
{variant == 2: No, está bien. Yo voy a donde ella vaya. Se confunde con los formularios. # speaker: shane|Ah. Ok, claro. No deje que le diga que se cayó porque es torpe. Eso va a decir. # speaker: shane}
{variant == 2: No se mueve. Sigue con la mano en el respaldo de la silla de ella. # indicator: hospital.companion_wont_leave}
{variant == 2: -> refuses|-> goes_quietly}

=== refuses ===
~ pretext_failed = true
Tam lo mira a usted de reojo. La regla de rayos X no lo movió.
+ ["Ella ya le dijo lo que quiere, señor. Tiene que apartarse de ella." # critical: confront_controller # score: safety -2 # why: Le da a entender que ella dijo algo, aunque no lo dijo, y es ella quien se va a casa con él. Manténgalo en la regla del hospital, no en ella.]
  -> confronted
+ ["En rayos X solo entran el personal y los pacientes, señor. Hay café allá adelante." # score: safety +2 # score: collaboration +1 # why: La misma regla de rutina, dicha con calma por una segunda persona, con un lugar a dónde ir. Nada de eso tiene que ver con ella, así que no hay nada que él pueda cobrarle después.]
  -> goes_loudly
+ [No decir nada y quedarse junto al lavamanos, donde Tam lo pueda ver # score: collaboration +1 # why: Dejárselo a Tam respeta que ella dirige, y su presencia es un respaldo discreto. Pero ella lo miró; una palabra tranquila sobre la regla le habría ayudado.]
  -> goes_loudly
+ ["¿Hay alguna razón por la que no quiere que ella esté sola?" # critical: suspicion_in_front_of_controller # score: safety -2 # score: trust -1 # why: Una pregunta con intención frente a él la pone en riesgo, diga lo que diga ella. Él se entera de que el personal sospecha, y ella podría ser quien lo pague.]
  -> confronted

=== confronted ===
Shane se pone de pie. Ya no sonríe.
¿Y eso qué quiere decir? Vámonos, Kim. Mañana vamos a una clínica de urgencias. # speaker: shane # show: shane:impatient
Kim se baja de la camilla, todavía sosteniéndose la muñeca, y lo sigue hacia afuera por la sala de espera. # show: kim:guarded
Tam los ve irse y no dice nada por un largo rato.
# ending: left_with_him; Se fue con él antes de que nadie pudiera hablar con ella a solas
-> decide

=== goes_loudly ===
Shane lo mira a usted, y luego a Tam.
Está bien. Cinco minutos. Voy a estar justo afuera de esas puertas. # speaker: shane # show: shane:impatient
Sale a la sala de espera y se sienta donde puede ver las puertas del pasillo. # hide: shane
-> private

=== goes_quietly ===
Shane le aprieta el hombro a Kim y sale hacia la sala de espera, mirando su teléfono. # hide: shane
-> private

=== private ===
Tam lleva a Kim en la camilla a la vuelta de la esquina, lejos de las puertas.
¿Dónde quiere estar mientras el equipo médico está con ella?
+ [Justo adentro del cubículo, por si ella quiere hablar # score: trust -2 # score: choice -1 # why: Las preguntas del equipo médico son privadas. Un uniforme en la sala puede hacer que una paciente asustada diga menos, y lo que ella les cuente no le toca a usted oírlo.]
  Tam niega con la cabeza y cierra la cortina.
  Allá afuera, por favor. # speaker: tam
+ [Junto a las puertas de la sala de espera, donde puede verlo a él # score: safety +2 # score: collaboration +1 # why: Usted mantiene lejos del cubículo a la única persona que podría interrumpir, sin hablarle de ella.]
  Usted se queda junto a las puertas. Por el vidrio, Shane está en su teléfono, luego mirando el pasillo, luego otra vez en su teléfono.
+ [En el puesto de adelante, platicando con él # score: safety +1 # score: collaboration +1 # why: Mantenerlo tranquilo y ocupado le da tiempo al equipo médico. Pero también lo deja a usted atado a él, y si él decide volver a entrar, usted está del lado equivocado de las puertas.]
  Shane habla del partido. Cada pocos minutos mira el reloj.
- -> after_screening

=== after_screening ===
Veinte minutos después, Tam viene a buscarlo.
Me lo contó. Es él, y lleva tiempo pasando. # speaker: tam # show: tam:calm
Ella tiene su propio trabajo. Él le revisa el teléfono y aparece dondequiera que ella va. # speaker: tam
No quiere policía. Llamé a la defensora de guardia, la que trabaja con nosotros en casos de violencia doméstica. # speaker: tam
Lo que necesito de usted es... # speaker: tam # discuss: Esto es maltrato. ¿Es trata de personas? ¿Qué tendría que ser cierto para que lo fuera, y cuál es la ayuda adecuada?
+ ["Deberíamos llamar a {hotline_name}. De esto se trataba el curso." # score: collaboration -1 # score: report -1 # why: El control y la violencia en el hogar son graves, pero nadie la está obligando a vender sexo ni a trabajar para beneficio de otra persona. La ayuda adecuada es la defensora de violencia doméstica que el equipo médico ya llamó.]
  Tam niega con la cabeza.
  Esto no es eso. Es él haciéndole daño. Lo que ella necesita es la defensora. # speaker: tam
+ ["Entonces, la policía. Él la lastimó." # score: choice -2 # score: trust -1 # why: Ella es adulta, dijo que no a la policía, y nadie está en peligro inmediato. Llamar de todos modos le quita la única decisión que ella tomó esta noche, y puede hacer más peligroso que lo deje.]
  Ella dijo que no. Eso lo decide ella, a menos que alguien esté en peligro ahora mismo. # speaker: tam # show: tam:guarded
+ ["¿Qué necesita de mí?" # score: collaboration +2 # why: Usted sigue el plan del equipo médico en lugar de hacer el suyo. El equipo médico y la defensora saben lo que ella pidió.]
  Que lo mantenga allá adelante. Y ella preguntó si hay una salida que no sea pasando frente a él. # speaker: tam
+ ["Si se va sin él, ¿tiene sus propias llaves y su bolsa, o las tiene él?" # resolves: hospital.companion_holds_documents_pays # score: safety +1 # score: collaboration +1 # why: Una pregunta práctica sobre cómo sacarla de forma segura, hecha a la enfermera y no a ella. Preguntarle a Tam qué necesita también le habría dicho lo que Kim pidió.]
  Su bolsa está en su abrigo, en la camilla. Su propia identificación, su propia tarjeta del banco y su propio carro en el estacionamiento. Él no tiene nada de eso. # speaker: tam
  Y ella preguntó si hay una salida que no sea pasando frente a él. # speaker: tam
- -> way_out


=== way_out ===
# phase: act
# show: kim:guarded
{
- variant == 2:
  Kim sale de la sala para familias con el brazo en una férula. Trae la tarjeta de la defensora doblada chiquita en la mano.
  Esta noche no lo voy a dejar. No puedo. Todavía no. # speaker: kim
- else:
  Kim sale de la sala para familias con el brazo en una férula y una mujer del servicio de apoyo a su lado.
  Mi hermana viene por mí. Solo no quiero que él me vea irme. # speaker: kim
}
Habla sin emoción, como si hablara de otra persona.
+ ["Él nunca se va a enterar de que usted habló con alguien. Se lo prometo." # critical: promise_cannot_keep # score: trust -1 # why: Usted no puede prometer eso. Él podría adivinarlo, o ver la férula y la tarjeta. Diga lo que sí puede hacer: una salida, y alguien con ella hasta que esté en el carro.]
  -> promised
+ [Ofrecerle la puerta de la entrada de ambulancias, y esperar con ella # score: safety +2 # score: trust +1 # score: choice +1 # why: Una salida discreta, en sus propios términos, es algo que seguridad sí puede dar. Usted se queda hasta que ella esté en el carro.]
  -> walked_out
+ ["Me temo que tiene que usar las puertas principales. Las salidas del personal son solo para el personal." # score: safety -2 # score: choice -1 # why: Una regla que la hace pasar frente a él, esta noche, importa menos que su seguridad. Para las excepciones por la seguridad de un paciente está el centro de control.]
  -> main_doors

=== promised ===
Kim lo mira, y casi sonríe. No es una sonrisa feliz.
Usted no lo conoce. # speaker: kim
{variant == 2: Vuelve a la sala de espera, y se va con Shane.|Tam y la defensora la sacan por la entrada de ambulancias hasta el carro de su hermana.}
{variant == 2: -> card_only|-> with_sister}

=== walked_out ===
{variant == 2: Kim niega con la cabeza. Se va a dar cuenta. Mejor salgo con él. # speaker: kim|Usted la acompaña por la entrada de ambulancias. El carro de su hermana llega dos minutos después.}
{variant == 2: -> card_only|-> with_sister}

=== main_doors ===
{variant == 2: Vuelve a la sala de espera, y se va con Shane.|Tam no le hace caso a usted, y la saca ella misma por la entrada de ambulancias.}
{variant == 2: -> card_only|-> with_sister}

=== with_sister ===
# hide: kim
# ending: advocate; Habló con la defensora y se fue con su hermana
Allá adelante, Shane pregunta en el mostrador dónde está Kim. La recepcionista dice que ya la dieron de alta. Él la llama al teléfono, dos veces, y se va.
-> decide

=== card_only ===
# hide: kim
# ending: card_only; Aceptó una tarjeta y se fue a casa con él
Shane le abre la puerta. Ella lleva la tarjeta en el zapato.
-> decide

=== decide ===
# phase: act
# hide: shane
¿Qué hace usted con lo que pasó esta noche?
+ [Avisar por radio a {escalation_first} sobre Shane y la puerta que ella usó # action: supervisor # score: report +2 # why: El centro de control necesita saber de una pareja que podría volver enojada, y de cualquier puerta que se usó por la seguridad de una paciente. El equipo médico se encarga de lo demás.]
  -> decided
+ [Remitirlo a {hotline_name} con Tam, porque él controla a dónde va ella y con quién habla # action: hotline # score: report -1 # score: collaboration -1 # why: Nada esta noche indicaba que la obligaran a vender sexo o a trabajar para beneficio de otra persona. La línea de ayuda es para la trata de personas; la defensora que llamó el equipo médico es la ayuda adecuada para el maltrato en el hogar.]
  -> decided
+ [Solo una línea en el registro de incidentes # action: log # why: Un registro es algo, pero el centro de control tiene que saber esta noche de una pareja que podría volver enojada, no al final de la semana.]
  -> decided
+ [Llamar a la policía por Shane # action: police # score: choice -2 # why: Ella es adulta, dijo que no a la policía, y nadie estaba en peligro inmediato. La decisión era de ella, con la ayuda de la defensora.]
  -> decided

=== decided ===
-> file_report(-> epilogue)


=== epilogue ===
{
- report_action == "supervisor":
  {escalation_first} anota la descripción de Shane y manda un aviso al personal de noche: si vuelve preguntando por Kim, nadie confirma que estuvo aquí.
- report_action == "hotline":
  {escalation_first} pregunta qué apuntaba a trata de personas. Nada: era maltrato en el hogar, y el equipo médico tenía la ayuda adecuada en el edificio.
- report_action == "police" || report_action == "emergency":
  {escalation_first} lee su informe y dice que el equipo médico y la defensora estaban apoyando la decisión de ella. Una llamada a la policía que ella no quería no le correspondía a usted.
- report_action == "log":
  Su entrada queda en el registro. La noche siguiente, Shane vuelve preguntando por Kim, y el oficial nuevo en el puesto no sabe nada de él.
- else:
  No le llega nada al centro de control. Si Shane vuelve, nadie en el siguiente turno va a saber quién es.
}
-> aftermath

=== aftermath ===
Al final del turno, Tam pasa por el puesto.
Él la controlaba, y la lastimó. Pero ella tiene su propio trabajo, su propio dinero y sus propios papeles, y nadie la estaba vendiendo ni obligándola a trabajar. Eso es maltrato, no trata de personas. # speaker: tam
Si él le quitara su sueldo, o la obligara a vender sexo, o le retuviera los papeles para que no se pudiera ir, ahí sí le estaría preguntando a usted por la línea de ayuda. # speaker: tam
{pretext_failed: Esta noche casi no funcionó lo de rayos X. La próxima vez le voy a pedir que esté ahí cuando lo diga. # speaker: tam|Gracias por mantenerlo allá adelante. # speaker: tam}
Su turno termina a las siete.
-> END
