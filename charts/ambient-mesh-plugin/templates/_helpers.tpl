{{/*
The plugin's name. It is also the ConsolePlugin's name and must equal the name in the build's
plugin-manifest.json, so it comes from the chart and is not a value.
*/}}
{{- define "amp.name" -}}
{{ .Chart.Name }}
{{- end }}

{{- define "amp.selectorLabels" -}}
app.kubernetes.io/name: {{ include "amp.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "amp.labels" -}}
{{ include "amp.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/part-of: {{ include "amp.name" . }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end }}

{{- define "amp.certSecret" -}}
{{ .Values.certificateSecretName | default (printf "%s-cert" (include "amp.name" .)) }}
{{- end }}

{{- define "amp.patcherName" -}}
{{ include "amp.name" . }}-console-patcher
{{- end }}

{{- define "amp.image" -}}
{{- if .Values.image.digest -}}
{{ .Values.image.repository }}@{{ .Values.image.digest }}
{{- else -}}
{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}
{{- end }}
{{- end }}

{{/*
Pod and container security settings shared by every pod of the chart: they satisfy the
restricted-v2 SCC and the "restricted" Pod Security Standard. No runAsUser: OpenShift assigns
a UID from the namespace's range.
*/}}
{{- define "amp.podSecurityContext" -}}
runAsNonRoot: true
seccompProfile:
  type: RuntimeDefault
{{- end }}

{{- define "amp.containerSecurityContext" -}}
runAsNonRoot: true
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
capabilities:
  drop:
    - ALL
{{- end }}
