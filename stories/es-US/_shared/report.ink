// translation-of: sha256:cbb075c15e24fa07
// El informe de incidente, compartido por todas las historias (traducción de stories/_shared/report.ink).

VAR report_action = ""

=== file_report(-> next) ===
# phase: report
Todo está tranquilo otra vez. Escriba el informe ahora, mientras tiene los detalles frescos.
+ [Escribir el informe de incidente # report]
  -> next
