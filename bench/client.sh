#!/usr/bin/env bash
# A learner's browser, reduced to what the benchmark needs (curl, no JavaScript):
#   client.sh signin BASE USERNAME PASSWORD   -> prints the signed-in session id (JSESSIONID)
#   client.sh marks BASE SESSION LESSON...    -> opens each lesson page in that session and prints,
#                                                per page, "<session><TAB><body of the ajax POST that
#                                                the page's "mark as done" button sends>"
# Exits non-zero when the portal does not answer as a browser would expect.
set -euo pipefail

cmd=$1 base=$2
shift 2

view_state() {
    grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'
}

urlencode() {
    local s=$1 out= c i
    for ((i = 0; i < ${#s}; i++)); do
        c=${s:i:1}
        case $c in
            [a-zA-Z0-9.~_-]) out+=$c ;;
            *) out+=$(printf '%%%02X' "'$c") ;;
        esac
    done
    printf '%s' "$out"
}

case $cmd in
    signin)
        user=$1 password=$2
        jar=$(mktemp)
        trap 'rm -f "$jar"' EXIT
        # As a browser: a protected page sends to the sign-in form, whose POST carries its view state.
        state=$(curl -sfL -c "$jar" -b "$jar" "$base/" | view_state)
        [ -n "$state" ] || { echo "no sign-in form at $base/" >&2; exit 1; }
        code=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
            --data-urlencode "login=login" --data-urlencode "username=$user" \
            --data-urlencode "password=$password" --data-urlencode "signIn=signIn" \
            --data-urlencode "jakarta.faces.ViewState=$state" "$base/login.xhtml")
        [ "$code" = 302 ] || { echo "sign-in of $user answered $code, not a redirect" >&2; exit 1; }
        awk '$6 == "JSESSIONID" { print $7 }' "$jar" | tail -1
        ;;
    marks)
        session=$1
        shift
        for lesson in "$@"; do
            page=$(curl -sf -b "JSESSIONID=$session" "$base/lesson.xhtml?id=$lesson")
            state=$(printf '%s' "$page" | view_state)
            [ -n "$state" ] || { echo "lesson $lesson: no view state (signed out?)" >&2; exit 1; }
            # The ajax request the button sends (PrimeFaces.ab for <p:ajax>, faces.js for <f:ajax>,
            # the same form fields); the ids it re-renders are read from the page's script.
            render=$( { printf '%s' "$page" | grep -o 'p:"done-form:toggle-done",u:"[^"]*"' \
                | sed 's/.*u:"//; s/"$//; s/,/ /g'; printf '%s' "$page" \
                | grep -o "mojarra.ab(this,event,'action',0,'[^']*'" | sed "s/.*,'//; s/'$//; s/@form/done-form/"; } \
                | head -1 || true)
            render=${render:-done-form course-tree overall-progress-box}
            # With PrimeFaces' CSP on, every postback must carry the page's nonce, as its script adds it.
            nonce=$(printf '%s' "$page" | grep -o 'nonce="[^"]*"' | head -1 | sed 's/^nonce="//; s/"$//' || true)
            printf '%s\t%s\n' "$session" "${nonce:+primefaces.nonce=$(urlencode "$nonce")&}done-form=done-form&done-form%3Atoggle-done=x&jakarta.faces.ViewState=$(urlencode "$state")&jakarta.faces.source=done-form%3Atoggle-done&jakarta.faces.partial.event=click&jakarta.faces.partial.execute=done-form%3Atoggle-done&jakarta.faces.partial.render=$(urlencode "$render")&jakarta.faces.behavior.event=action&jakarta.faces.partial.ajax=true"
        done
        ;;
    *)
        echo "usage: client.sh signin|marks BASE ..." >&2
        exit 2
        ;;
esac
