{{- define "dho-backend.fullname" -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* The Service without the management port: the one the Ingress routes to. */}}
{{- define "dho-backend.managementServiceName" -}}
{{- printf "%s-management" (include "dho-backend.fullname" .) | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "dho-backend.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "dho-backend.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/* Labels every object carries; the component (server, management, migrations, test) is added per object. */}}
{{- define "dho-backend.commonLabels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: dho
{{- end -}}

{{- define "dho-backend.labels" -}}
{{ include "dho-backend.commonLabels" . }}
app.kubernetes.io/name: {{ .Chart.Name }}
{{- end -}}

{{/*
The application pods. Unchanged since chart 0.1.0 (a Deployment's selector cannot change in an upgrade), so the
migration Job's and the test's pods carry another app.kubernetes.io/name and are never endpoints of the Services.
*/}}
{{- define "dho-backend.selectorLabels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "dho-backend.migrationSelectorLabels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}-migrations
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/* The migration Job's objects and pods, and the test's: not selected by the Services. */}}
{{- define "dho-backend.migrationLabels" -}}
{{ include "dho-backend.commonLabels" . }}
app.kubernetes.io/name: {{ .Chart.Name }}-migrations
app.kubernetes.io/component: migrations
{{- end -}}

{{- define "dho-backend.testLabels" -}}
{{ include "dho-backend.commonLabels" . }}
app.kubernetes.io/name: {{ .Chart.Name }}-test
app.kubernetes.io/component: test
{{- end -}}

{{- define "dho-backend.testSelectorLabels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}-test
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "dho-backend.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) -}}
{{- end -}}

{{/* A secret's key as an environment variable: name, secret, key. */}}
{{- define "dho-backend.secretEnv" -}}
- name: {{ .name }}
  valueFrom:
    secretKeyRef:
      name: {{ required (printf "a secret name for %s" .name) .secret }}
      key: {{ required (printf "a secret key for %s" .name) .key }}
{{- end -}}

{{/* The PromQL selector of this release's scraped series (the ServiceMonitor's job is the management Service). */}}
{{- define "dho-backend.scrapeSelector" -}}
namespace="{{ .Release.Namespace }}",job="{{ include "dho-backend.managementServiceName" . }}"
{{- end -}}

{{/* One egress rule of the NetworkPolicy: {to: [peers], ports: [ports]}; nothing when it names no peer. */}}
{{- define "dho-backend.egressRule" -}}
{{- if and . .to }}
    - to:
        {{- toYaml .to | nindent 8 }}
      {{- with .ports }}
      ports:
        {{- toYaml . | nindent 8 }}
      {{- end }}
{{- end }}
{{- end -}}
