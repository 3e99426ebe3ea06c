{{/*
A hook Job that runs files/console-plugins.sh. Context: (dict "root" . "action" enable|disable
"hook" <helm hooks>).
*/}}
{{- define "amp.patcherJob" -}}
apiVersion: batch/v1
kind: Job
metadata:
  name: {{ include "amp.patcherName" .root }}-{{ .action }}
  namespace: {{ .root.Release.Namespace }}
  labels:
    {{- include "amp.labels" .root | nindent 4 }}
  annotations:
    helm.sh/hook: {{ .hook }}
    helm.sh/hook-weight: "0"
    helm.sh/hook-delete-policy: before-hook-creation,hook-succeeded
spec:
  backoffLimit: 3
  activeDeadlineSeconds: 300
  ttlSecondsAfterFinished: 3600
  template:
    metadata:
      labels:
        {{- include "amp.labels" .root | nindent 8 }}
    spec:
      restartPolicy: Never
      serviceAccountName: {{ include "amp.patcherName" .root }}
      securityContext:
        {{- include "amp.podSecurityContext" .root | nindent 8 }}
      {{- with .root.Values.imagePullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      containers:
        - name: console-plugins
          image: {{ .root.Values.consolePatcher.image | quote }}
          imagePullPolicy: {{ .root.Values.consolePatcher.pullPolicy }}
          command:
            - /bin/bash
            - -c
            - |
              {{- .root.Files.Get "files/console-plugins.sh" | nindent 14 }}
            - console-plugins.sh
            - {{ .action }}
            - {{ include "amp.name" .root }}
          env:
            # oc keeps its discovery cache under $HOME; the root filesystem is read-only.
            - name: HOME
              value: /tmp
          securityContext:
            {{- include "amp.containerSecurityContext" .root | nindent 12 }}
          resources:
            {{- toYaml .root.Values.consolePatcher.resources | nindent 12 }}
          volumeMounts:
            - name: tmp
              mountPath: /tmp
      volumes:
        - name: tmp
          emptyDir:
            sizeLimit: 16Mi
      {{- with .root.Values.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .root.Values.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
{{- end }}
