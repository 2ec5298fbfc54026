// translation-of: sha256:8206422ec40ffb94
# grammar: 1
# id: hospital.night_visitor
# title: Turno de noche: el esposo preocupado
# setting: hospital
# summary: Son las tres de la mañana en la sala de emergencias. Una enfermera nueva está preocupada por un señor mayor que contesta todas las preguntas por su esposa, y por el joven que los trajo en carro. Le pregunta a usted qué hacer.
# minutes: 10
# situation: none
# minor: no
# variants: 2
# content_note: Esta historia trata de una señora mayor con demencia que se cayó en su casa, de su esposo, que la cuida, y de la preocupación de una enfermera por unos moretones en sus brazos. Se mencionan los moretones, pero no se muestran. Puede tomar una pausa en cualquier momento.
# focus: La preocupación de una enfermera por una paciente mayor: qué nota seguridad, qué comunica y qué le corresponde al equipo médico
# character: bea; Bea; Una enfermera de agencia en su primera noche en este departamento, con uniforme verde y el pelo rojo y rizado.
# character: walter; Walter; Un señor de unos ochenta años, con lentes y un suéter café, que sostiene una carpeta roja.
# character: june; June; Una señora de unos ochenta años, con el pelo corto, gris y rizado, y un abrigo lila sobre el camisón.
# character: jaylen; Jaylen; Un joven de unos veinte años, con sudadera oscura con capucha, gorra y tatuajes en las manos y el cuello.
# distractor: not.any_tattoo
# distractor: not.late_arrival
# distractor: not.tired_or_shy
# distractor: not.cheap_clothes
# teaches: myth.one_flag_or_nationality

INCLUDE ../_shared/contacts.ink
INCLUDE ../_shared/report.ink


VAR told_charge_nurse = false

-> start


=== start ===
# phase: briefing
# bg: hospital_ed_waiting
# ambience: hospital_waiting
# show: bea:anxious
Son las tres de la mañana. Por una vez, la sala de emergencias está tranquila.
Usted está en el puesto de seguridad de {org_name}. La televisión está prendida sin sonido. Alguien ronca en la última fila.
Bea, una enfermera de agencia en su primera noche aquí, se le acerca. Trae en la mano una tarjeta de capacitación, doblada a la mitad.
¿Le puedo preguntar algo? Es sobre la pareja del cubículo dos. # speaker: bea
El esposo no la deja contestar nada. Tiene todos sus papeles en una carpeta. # speaker: bea
Y ella tiene moretones en los dos brazos. # speaker: bea
Y el muchacho que vino con ellos no deja de mirar las puertas. Tiene tatuajes en el cuello y la capucha puesta. # speaker: bea
Desdobla la tarjeta. Es una lista de señales de alerta de trata de personas. Tres están subrayadas.
Es la lista de la capacitación, ¿no? ¿Deberíamos hacer algo? # speaker: bea
* ["Quizás. Una señal sola no prueba nada. Vamos a observar antes de decidir." # score: observe +1 # score: culture +1 # why: Observar antes de decidir es justo con la familia. Pero la preocupación de Bea por los moretones se queda con usted, y eso le corresponde a su enfermera a cargo.]
  Está bien. Tiene sentido. # speaker: bea # show: bea:relieved
* ["Cuéntele a su enfermera a cargo lo de los moretones. Yo voy a ver lo demás." # score: collaboration +2 # score: observe +1 # why: Los moretones de una paciente los evalúa el equipo médico, y la enfermera a cargo conoce el proceso de protección. Ver lo demás por su cuenta le permite formarse su propio criterio.]
  Está bien. La busco cuando cuelgue el teléfono. # speaker: bea # show: bea:relieved
  ~ told_charge_nurse = true
* ["A mí me suena a trata. Primero voy a sacar del edificio a ese muchacho." # score: culture -2 # score: safety -1 # myth: myth.one_flag_or_nationality # why: Los tatuajes y una capucha no dicen nada de lo que hace una persona. Actuar solo por la apariencia trata a un visitante como sospechoso. Primero observe y escuche.]
  Ah. ¿Ahora mismo? ¿No deberíamos revisar primero? # speaker: bea # show: bea:guarded
  Usted acepta echar un vistazo primero.
* ["¿Viejitos a las tres de la mañana? No. La gente trae a sus papás a cualquier hora." # score: observe -1 # why: Descartar una preocupación sin mirar no es tener criterio. Una mirada tranquila es la forma de saber si hay algo que comunicar.]
  Igual me quedaría más tranquila si alguien echa un vistazo. # speaker: bea # show: bea:guarded
  Usted acepta echar un vistazo.
- Usted anota la hora y lo que preguntó Bea. # requires: log
  -> waiting


=== waiting ===
# phase: observe
# show: jaylen:calm
# hide: bea
Usted recorre la sala de espera de camino al área de tratamiento. Observe, pero sin quedarse mirando.
* [Mirar al joven en los asientos # observe: waiting_seats # reveals: nothing]
  Está sentado con las rodillas levantadas, la gorra puesta y la capucha encima. Tiene tatuajes en los nudillos y subiendo por el cuello.
  Cada minuto más o menos mira hacia las puertas, por detrás de usted, y luego su teléfono. No mira para nada hacia el área de tratamiento.
* [Mirar las puertas de entrada # observe: entrance_doors # reveals: nothing]
  Un hatchback viejo espera en la zona para dejar pasajeros con las intermitentes prendidas, algo que no se permite después de diez minutos.
  Del espejo cuelga un permiso de estacionamiento para personas con discapacidad. Hay una andadera doblada en el asiento de atrás.
* [Pasar al área de tratamiento]
- -> bays

=== bays ===
# bg: hospital_family_room
# hide: jaylen
# show: walter:calm
# show: june:anxious
Necesitan el cubículo dos para una ambulancia, así que las enfermeras pasaron a la pareja a la sala tranquila para familiares, junto al pasillo, a esperar la radiografía de June.
La puerta está entreabierta. Un señor mayor está de pie junto a un sillón, con una carpeta roja en el asiento. Su esposa está de pie junto al sofá, con el abrigo puesto, mirando la ventana oscura.
Puede detenerse en una sola cosa sin que se vea raro.
* [Mirar la carpeta roja en el sillón # observe: bay_chair # reveals: nothing # ambiguous: hospital.companion_holds_documents_pays]
  Está abierta. La identificación y la tarjeta del banco de ella están en el bolsillo de adelante, detrás de una pestaña con letras mayúsculas ordenadas: JUNE.
  Un esposo que le guarda las tarjetas, o un hombre que se las quita. Usted no puede ver de quién fue la idea. No la abre más.
* [Mirar el tablero de avisos junto a la puerta # observe: noticeboard # reveals: nothing]
  Un turno para usar la cafetera de la sala de familias, un folleto de un grupo de apoyo para cuidadores y una tarjeta: "¿Le preocupa la seguridad de un paciente en su casa? Pregúntele a la enfermera a cargo."
* [Mirar la bolsa de pertenencias junto al sillón # observe: belongings_bag # reveals: nothing]
  Un camisón, una pantufla, una bolsa de mano y un estuche de lentes.
  En la bolsa de mano hay una foto pequeña: una boda, de hace mucho tiempo.
* [Tocar la puerta y entrar]
- -> bay_talk


=== bay_talk ===
# phase: talk
# show: bea:calm
Bea entra con un brazalete de presión. # discuss: ¿Qué ha visto usted realmente esta noche, y qué parte le toca a usted evaluar?
¿Cómo se cayó, June? # speaker: bea
{variant == 2: ¿Va a venir mi mamá? Dijo que iba a venir.|¿Hoy es martes? Tengo que recoger a los niños en la escuela.} # speaker: june
El señor contesta antes de que June pueda seguir.
{variant == 2: Se cayó en la puerta del baño. Ya se lo dije a tres personas. ¿Podemos seguir?|Se cayó al levantarse para ir al baño. Oí el golpe desde el cuarto.} # speaker: walter
A June se le sube la manga. Tiene moretones oscuros en el antebrazo.
* [No decir nada. Esperar junto a la puerta mientras Bea trabaja # score: trust +1 # why: Mantenerse aparte deja que la enfermera haga su trabajo y no asusta a nadie. No le permite saber nada más, y está bien: no es una pregunta que le toque contestar a usted.]
  -> quiet
* ["¿Hay algo que les haga más fácil la espera a los dos?" # resolves: hospital.companion_holds_documents_pays # score: trust +2 # score: safety +1 # why: Una pregunta amable y abierta los trata como personas, no como sospechosos, y les deja explicar lo que quieran con sus propias palabras.]
  -> friendly
* ["Señor, por favor apártese de ella. Necesito hablar con ella a solas." # score: trust -2 # score: safety -1 # why: June tiene demencia y su esposo es lo que la tranquiliza. Una conversación a solas la organiza el equipo médico; seguridad no la exige por una corazonada.]
  -> step_away
* [Acercarse a June: "¿Es usted víctima de trata? ¿Este señor la tiene retenida en algún lugar?" # critical: labelling_question # score: trust -2 # score: culture -1 # why: Una pregunta que pone etiquetas confunde y asusta a cualquiera, y más a alguien con demencia. Acusa a su esposo sin ninguna base. Las preguntas sobre su seguridad le corresponden al equipo médico.]
  -> labelled

=== friendly ===
Esta noche estoy en seguridad. Si necesitan algo, una cobija, agua, solo pídanlo. # speaker: officer
Walter se quita los lentes y se frota los ojos. # show: walter:relieved
{variant == 2: Perdone. Esta noche ando cortante con todos. Ha sido larga.|Qué amable. Gracias.} # speaker: walter
Yo hablo por ella porque se confunde con los desconocidos, y luego se asusta. # speaker: walter
También le guardo las tarjetas en la carpeta, desde que perdió la cartera en el autobús. Dos veces. # speaker: walter # indicator: hospital.companion_holds_documents_pays
Los moretones son por sus pastillas. Le salen moretones con nada. # speaker: walter
June lo mira a usted y sonríe por primera vez. # show: june:calm
Ese es Walter. Mi esposo. Ronca. # speaker: june
-> bruises

=== quiet ===
Usted se queda junto a la puerta. Bea le toma la presión a June y le platica de la nieve.
Walter lo mira a usted una o dos veces, y luego deja de mirarlo. # show: walter:guarded
Se confunde con los desconocidos. Yo hablo por ella. # speaker: walter
-> folder

=== bruises ===
Walter lo mira como si esperara que le dijeran si le creen o no.
* ["Gracias. Las enfermeras la van a cuidar bien." # score: trust +1 # score: collaboration +1 # why: Amable, y deja los moretones donde corresponden: con las enfermeras, que pueden hacer las preguntas adecuadas y ver su expediente. Usted ni acepta ni rechaza lo que él dice.]
  Él asiente y se sienta junto a June.
* ["Ok, eso lo explica. Gracias." # score: trust +1 # score: collaboration -1 # why: Amable, pero acaba de dar por explicados los moretones solo por lo que él dice. Si tienen sentido o no lo decide el equipo médico, con su expediente enfrente.]
  Él asiente y se sienta junto a June.
* ["¿Puedo ver la lista de sus medicinas?" # score: collaboration -2 # score: trust -1 # why: Sus medicinas son información de salud privada, y comprobar lo que él dice no es trabajo de seguridad. Bea pedirá lo que necesite el equipo médico.]
  La mano de Walter se detiene sobre la carpeta. # show: walter:guarded
  Es para la enfermera. # speaker: walter
- -> folder

=== step_away ===
Walter lo mira como si usted le hubiera dado una bofetada. # show: walter:guarded
June se agarra de su manga con las dos manos. # show: june:anxious
¿Walter? Walter, ¿a dónde vas? ¡No te vayas! # speaker: june
Grita cada vez más fuerte. Bea tarda diez minutos en calmarla. # show: bea:anxious
Cuando June se tranquiliza, Walter habla con mucho cuidado.
Tiene demencia. Soy su esposo. Soy quien la cuida. # speaker: walter
-> folder

=== labelled ===
June se le queda mirando. # show: june:anxious
¿Trata? ¿Qué es eso? Walter, ¿qué quiere decir? # speaker: june
Walter se pone de pie. Le tiemblan las manos. # show: walter:guarded
Soy su esposo. Desde hace cincuenta y un años. Ella tiene demencia. # speaker: walter
¿Cómo se atreve a asustarla así? # speaker: walter
Bea mira el piso. # show: bea:guarded
-> folder

=== folder ===
Bea necesita la lista de medicinas de June. Walter abre la carpeta roja sobre sus rodillas.
* [Dejar que Walter busque él mismo la lista para Bea # score: choice +1 # why: Los papeles son de June, y él es quien la cuida. Dejarlos en sus manos respeta a los dos; también podría haberles dado privacidad.]
  La encuentra en segundos. Está organizada por colores.
  Toma muchas pastillas. Yo se las llevo en orden. # speaker: walter
* [Salir al pasillo mientras la revisan # score: trust +1 # score: collaboration +1 # why: Sus medicinas son algo entre ella, su esposo y su enfermera. Salir les da privacidad y a usted no le cuesta nada.]
  Usted espera en el pasillo. A través de la puerta oye a Walter leer los nombres, despacio, para que Bea los escriba.
* ["Yo me llevo la carpeta y la reviso, por seguridad." # critical: take_documents # score: choice -2 # score: trust -1 # why: Quitarle los papeles a alguien nunca es su papel, y aquí no había ninguna razón. Él necesita esa carpeta para cuidarla. Deje que la enfermera pida lo que necesita.]
  -> took_folder
- -> grandson

=== took_folder ===
Walter no suelta la carpeta. # show: walter:guarded
Ahí está toda la vida de mi esposa. No se la puede llevar así nada más. # speaker: walter
Usted se la lleva de todos modos. En el puesto no encuentra nada que le sirva.
Diez minutos después, la devuelve. Walter no lo mira. Le pregunta a Bea el nombre de la persona a cargo.
-> grandson

=== grandson ===
Se abre la puerta del pasillo. El joven de los asientos entra con dos vasos de papel. # sound: door_close # show: jaylen:calm
Todavía tiene la capucha puesta. Va directo hacia la pareja.
* [Saludarlo con la cabeza y hacerse a un lado # score: culture +1 # score: trust +1 # why: Lo único que hace es entrar con dos vasos. Tratar a todos los visitantes igual, sin importar cómo se vean, es justo y mantiene la confianza.]
  -> grandson_nod
* [Detener la puerta y preguntarle a quién viene a ver, como a cualquier visitante después de medianoche # score: safety +1 # score: culture -1 # why: Revisar a los visitantes de noche es de rutina, y es justo si se le pregunta a todos. Preguntarle solo al joven de los tatuajes, con su familia mirando, es lo que hace que se sienta como discriminación por apariencia.]
  -> grandson_asked
* [Ponerse frente a él. "Un momento. ¿Quién es usted? Las manos donde yo las vea." # score: culture -2 # score: trust -1 # myth: myth.one_flag_or_nationality # critical: profiling # why: Usted lo detuvo por cómo se ve, no por lo que hizo. Eso es discriminar por la apariencia. Le hizo daño a él y a su familia, y le enseña a la gente a desconfiar de seguridad.]
  -> grandson_stopped

=== grandson_nod ===
Gracias. # speaker: jaylen
Le da un vaso a Walter.
Té con dos de azúcar, abuelo. Como te gusta. # speaker: jaylen
El carro está afuera con las intermitentes. Lo muevo cuando sepamos cómo está la abuela. # speaker: jaylen
June le extiende la mano.
Ahí está mi muchacho. # speaker: june
-> wrap_up

=== grandson_asked ===
Se detiene. Mira los vasos, y luego a usted.
Mis abuelos. Yo los traje. # speaker: jaylen # show: jaylen:guarded
Walter se levanta a medias.
Es nuestro nieto. # speaker: walter
Le da un vaso a Walter y se sienta en el brazo del sofá, dándole la espalda a usted.
-> wrap_up

=== grandson_stopped ===
Se detiene. El té se le derrama sobre los nudillos. # show: jaylen:guarded
Soy su nieto. Yo los traje. # speaker: jaylen
¡Es nuestro nieto! # speaker: walter
El joven deja los vasos con cuidado y se quita la capucha. No dice nada más.
Un camillero en el pasillo lo vio todo por la ventanita de la puerta. Nadie dice nada.
-> wrap_up


=== wrap_up ===
# phase: act
# bg: hospital_triage_bay
# hide: walter
# hide: june
# hide: jaylen
# show: bea:calm
De vuelta en la estación de enfermería, Bea escribe sus notas. Levanta la vista hacia usted.
Entonces, ¿deberíamos informar algo? # speaker: bea # discuss: ¿Qué le toca informar a usted aquí, y qué le toca a Bea?
* ["Voy a anotar en el registro lo que vi. Lo de los moretones lo decide su enfermera a cargo, no nosotros." # score: collaboration +2 # score: report +1 # action: log # why: Seguridad anota lo que vio; el equipo médico evalúa los moretones, con su expediente, y decide si remitir. Cada parte va a las personas a quienes les toca.]
  ~ told_charge_nurse = true
  Está bien. Le voy a decir ahora, antes de que me arrepienta. # speaker: bea # show: bea:relieved
* ["Creo que no. Su demencia, sus pastillas, un esposo que la cuida: todo tenía una explicación normal." # score: culture +1 # score: collaboration -1 # why: Usted fue justo con la familia, pero dio por explicados los moretones solo por lo que él dijo. Si tienen explicación lo decide el equipo médico, por su proceso de protección.]
  Bea mira su tarjeta y luego la guarda.
  Supongo. # speaker: bea # show: bea:guarded
* ["Voy a avisar por radio al centro de control: posible trata de personas en la sala de familiares." # score: culture -1 # score: trust -1 # action: supervisor # why: Nada de lo que vio apunta a trata de personas. Llamarlo así deja a una familia en un archivo con una etiqueta, y no hace que revisen los moretones las personas que sí pueden.]
  ¿Trata? ¿En serio? # speaker: bea # show: bea:guarded
* ["Más vale prevenir. Voy a llamar a la línea de ayuda contra la trata de personas por ellos." # score: culture -1 # score: collaboration -1 # action: hotline # why: Un informe necesita una razón. Aquí nada apunta a trata de personas, y la preocupación que sí es real, los moretones, tiene su propio camino a través del equipo médico.]
  ¿En serio? ¿Pero con base en qué? # speaker: bea # show: bea:guarded
  Usted mira sus notas. No hay mucho que decir.
- -> ending_pick

=== ending_pick ===
{
- took_folder || labelled:
  -> complaint_end
- step_away || grandson_stopped:
  -> upset_end
- told_charge_nurse:
  -> referred_end
- else:
  -> settled_end
}

=== referred_end ===
A las cuatro, la enfermera a cargo se sienta con June y Walter en la sala de familiares. Usted no está en la sala.
{variant == 2: Más tarde, Bea solo le cuenta que la enfermera a cargo hizo una remisión al equipo de protección, y que Walter dijo: "Qué bueno. Ya no puedo con esto yo solo mucho tiempo más".|Más tarde, Bea solo le cuenta que la enfermera a cargo habló con la familia y con el médico de June, y que pidió que el equipo de protección vea a June antes de que se vaya a casa.}
# ending: referred; El equipo médico le dio seguimiento a la preocupación
La enfermera a cargo le da las gracias a Bea por preguntar. No les dice a ninguno de los dos qué decidió sobre los moretones, y no tiene por qué.
-> file_report(-> epilogue_referred)

=== settled_end ===
A las cuatro llega la hija de June y Walter, todavía con el uniforme del trabajo.
La radiografía no muestra fractura. El médico quiere que June esté en su casa, en su propia cama, para la mañana.
# ending: settled; La familia se fue a casa
Bea nunca le menciona a nadie lo de los moretones. Quizás no había nada que mencionar. Nadie a quien le tocaba pudo preguntar.
-> file_report(-> epilogue_settled)

=== upset_end ===
A las cuatro llega la hija de June y Walter. Walter le habla en voz baja y señala hacia usted con la cabeza.
La radiografía no muestra fractura. Se van a las seis, sin despedirse.
Jaylen no se quita la capucha en todo el camino al carro.
# ending: upset; La familia se sintió acusada
Fueran lo que fueran los moretones, ahora la familia ve a seguridad como el enemigo.
-> file_report(-> epilogue_upset)

=== complaint_end ===
A las cuatro llega la hija de June y Walter. Walter pide hablar con la enfermera a cargo.
La radiografía no muestra fractura. Antes de irse, la hija llena un formulario de queja sobre seguridad.
# ending: complaint; Una queja en la mañana
Walter lo va a pensar dos veces antes de volver a traer a June aquí.
-> file_report(-> epilogue_complaint)


=== epilogue_referred ===
{variant == 2: Unas semanas después, Bea comenta que ahora June va a un centro de día dos veces por semana, y Walter puede dormir.|Bea vuelve la semana siguiente. Dice que ahora primero le pregunta a la enfermera a cargo.}
-> aftermath

=== epilogue_settled ===
Bea vuelve la semana siguiente. Ya guardó la tarjeta de capacitación.
-> aftermath

=== epilogue_upset ===
Bea lo menciona en el cambio de turno. "Yo lo empecé", dice. "Vi una lista y dejé de ver a las personas".
-> aftermath

=== epilogue_complaint ===
{escalation_first} le pide que pase a verlo por la queja. Es una queja justa.
-> aftermath

=== aftermath ===
{
- report_action == "log":
  Su entrada en el registro ocupa dos líneas: la pregunta de una enfermera, y a dónde la mandó usted.
- report_action == "none":
  No queda nada en el registro. Si la misma familia vuelve, nadie en seguridad va a saber que Bea preguntó.
- report_action == "supervisor":
  {escalation_first} lee su informe. Habría bastado con una nota; el equipo médico ya lo tenía.
- else:
  {escalation_first} lee su informe y lo llama. Nada en él apuntaba a trata de personas, y ahora una familia está en un archivo con una etiqueta.
}
Su turno termina a las siete.
-> END
