#!/bin/bash
# Adds (enable) or removes (disable) one plugin name in spec.plugins of
# consoles.operator.openshift.io/cluster, leaving every other plugin listed there untouched.
#
#   console-plugins.sh enable|disable <plugin-name>
#
# Read-modify-write: one GET returns the resourceVersion and the list; the JSON patch starts with a
# `test` of that resourceVersion, so it applies only if nobody changed the object in between (else
# the API answers 422 or 409 and the script reads again). Any other failure (403 Forbidden, 5xx,
# ...) is reported as it is and ends the script with a non-zero status, without a retry. Running it
# twice changes nothing the second time.
# KUBECTL overrides the client (default: oc).
set -euo pipefail

action="${1:?usage: console-plugins.sh enable|disable <plugin-name>}"
name="${2:?usage: console-plugins.sh enable|disable <plugin-name>}"
read -r -a cli <<<"${KUBECTL:-oc}"
target=(consoles.operator.openshift.io cluster)
template='{.metadata.resourceVersion}{"\n"}{range .spec.plugins[*]}{@}{"\n"}{end}'

for attempt in 1 2 3 4 5 6 7 8 9 10; do
  mapfile -t lines < <("${cli[@]}" get "${target[@]}" -o "jsonpath=${template}")
  rv="${lines[0]:-}"
  if [ -z "$rv" ]; then
    echo "could not read ${target[*]}" >&2
    exit 1
  fi
  plugins=("${lines[@]:1}")
  index=-1
  for i in "${!plugins[@]}"; do
    if [ "${plugins[$i]}" = "$name" ]; then
      index=$i
      break
    fi
  done

  guard="{\"op\":\"test\",\"path\":\"/metadata/resourceVersion\",\"value\":\"${rv}\"}"
  case "$action" in
    enable)
      if [ "$index" -ge 0 ]; then
        echo "${name} is already enabled"
        exit 0
      fi
      if [ "${#plugins[@]}" -eq 0 ]; then
        change="{\"op\":\"add\",\"path\":\"/spec/plugins\",\"value\":[\"${name}\"]}"
      else
        change="{\"op\":\"add\",\"path\":\"/spec/plugins/-\",\"value\":\"${name}\"}"
      fi
      ;;
    disable)
      if [ "$index" -lt 0 ]; then
        echo "${name} is not enabled"
        exit 0
      fi
      change="{\"op\":\"test\",\"path\":\"/spec/plugins/${index}\",\"value\":\"${name}\"},"
      change+="{\"op\":\"remove\",\"path\":\"/spec/plugins/${index}\"}"
      ;;
    *)
      echo "unknown action: ${action}" >&2
      exit 2
      ;;
  esac

  if out=$("${cli[@]}" patch "${target[@]}" --type=json -p "[${guard},${change}]" 2>&1); then
    echo "$out"
    echo "${action}d ${name} (attempt ${attempt})"
    exit 0
  fi
  # Only a conflict is tried again: a 409, or the resourceVersion test failing because the object
  # changed since it was read (the version differs now). Anything else is reported and fails.
  now="$("${cli[@]}" get "${target[@]}" -o 'jsonpath={.metadata.resourceVersion}' 2>/dev/null || true)"
  if [[ "$out" == *"(Conflict)"* ]] || { [ -n "$now" ] && [ "$now" != "$rv" ]; }; then
    echo "the console configuration changed while it was being edited (resourceVersion ${rv} -> ${now:-?}); reading it again" >&2
    sleep "$attempt"
    continue
  fi
  if [[ "$out" == *"(Forbidden)"* ]]; then
    echo "forbidden: this service account may not patch ${target[*]} (check the chart's ClusterRole and ClusterRoleBinding): ${out}" >&2
    exit 1
  fi
  echo "the patch of ${target[*]} failed: ${out}" >&2
  exit 1
done
echo "gave up after ${attempt} attempts" >&2
exit 1
