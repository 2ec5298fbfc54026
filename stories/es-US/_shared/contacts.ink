// translation-of: sha256:02c43b4b7ba64e38
// Datos de contacto para todas las historias (traducción de stories/_shared/contacts.ink).
// El motor los llena con la configuración de la organización antes de que empiece la historia.
// Nunca escriba un número de teléfono ni el nombre de un servicio en una historia: use estas variables,
// por ejemplo "llame al {emergency_number}" o "envíe un mensaje a {hotline_text}".
// Los valores de abajo son solo valores de respaldo. Se quedan igual que en inglés porque el verificador
// de traducciones exige que cada línea VAR sea idéntica a la del archivo original; la configuración
// de la organización los reemplaza en el juego.
// Las historias usan estas variables en medio de una oración, así que no empiece una oración con una de ellas.

VAR emergency_number = "the emergency number"
VAR hotline_name = "the trafficking hotline"
VAR hotline_phone = "the hotline number"
VAR hotline_text = "the hotline text line"
VAR escalation_first = "your supervisor"
VAR org_name = "your organization"
// Dónde trabaja la organización y el segundo paso de escalamiento interno
// (el primero otra vez cuando solo hay uno configurado).
VAR org_jurisdiction = "your area"
VAR escalation_next = "your manager"

// A quién se comunica una preocupación por un menor de edad además de la policía.
VAR child_protection_name = "child protection services"

// Adónde se remite a un trabajador al que le deben pago, pero que es libre y no está bajo coacción.
VAR labour_standards_name = "the labor standards office"

// Datos sobre la primera línea de ayuda, solo cuando la configuración de la organización los indica.
// Nunca los presente como hechos en una historia: dígalos solo con estas variables, por ejemplo
// "{hotline_not_police: No son la policía.}" o "{hotline_hours != "": Atienden {hotline_hours}.}".
// Los datos de sí/no valen 1 cuando la configuración lo dice y 0 cuando dice otra cosa o nada.
VAR hotline_is_police = 0
VAR hotline_not_police = 0
VAR hotline_consent_based = 0
VAR hotline_languages = ""
VAR hotline_hours = ""

// Variación entre intentos. El motor fija `variant` a partir de la semilla del intento
// (un número de 1 al total de `# variants:` del encuentro). Ramifique con él: {variant == 2: ...}
VAR variant = 1
