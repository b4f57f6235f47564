#!/usr/bin/env bash
# A learner's browser, reduced to what the benchmark needs (curl, no JavaScript):
#   client.sh signin BASE USERNAME PASSWORD   -> prints the signed-in session id (JSESSIONID)
#   client.sh marks BASE SESSION LESSON...    -> opens each lesson page in that session and prints,
#                                                per page, "<session><TAB><lesson id>" for lua/mark.lua
# Exits non-zero when the portal does not answer as a browser would expect.
set -euo pipefail

cmd=$1 base=$2
shift 2

view_state() {
    grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'
}

case $cmd in
    signin)
        user=$1 password=$2
        jar=$(mktemp)
        trap 'rm -f "$jar"' EXIT
        # As a browser: a protected page sends to the sign-in form, whose POST carries its view state.
        form=$(curl -sfL -c "$jar" -b "$jar" "$base/")
        state=$(printf '%s' "$form" | view_state)
        [ -n "$state" ] || { echo "no sign-in form at $base/" >&2; exit 1; }
        # Every Faces postback carries its page's script nonce (a hidden field of the form).
        nonce=$(printf '%s' "$form" | grep -o 'name="primefaces.nonce" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//' || true)
        code=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
            --data-urlencode "login=login" --data-urlencode "username=$user" \
            --data-urlencode "password=$password" --data-urlencode "signIn=signIn" \
            --data-urlencode "primefaces.nonce=$nonce" \
            --data-urlencode "jakarta.faces.ViewState=$state" "$base/login.xhtml")
        [ "$code" = 302 ] || { echo "sign-in of $user answered $code, not a redirect" >&2; exit 1; }
        awk '$6 == "JSESSIONID" { print $7 }' "$jar" | tail -1
        ;;
    marks)
        session=$1
        shift
        for lesson in "$@"; do
            # As a learner: the lesson page is opened (a visit, one version of its progress row),
            # then its script's "mark as done" requests are sent (/progress/mark, lua/mark.lua).
            page=$(curl -sf -b "JSESSIONID=$session" "$base/lesson.xhtml?id=$lesson")
            [[ $page == *"data-lesson=\"$lesson\""* ]] \
                || { echo "lesson $lesson: not the lesson page (signed out?)" >&2; exit 1; }
            printf '%s\t%s\n' "$session" "$lesson"
        done
        ;;
    *)
        echo "usage: client.sh signin|marks BASE ..." >&2
        exit 2
        ;;
esac
