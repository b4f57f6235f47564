-- wrk script for GET benchmarks. Every request carries the session cookie of one of the
-- signed-in learners, taken in turn from the file named by BENCH_COOKIES (one JSESSIONID a line),
-- so the portal renders each learner's own page. nginx gets exactly the same requests.
-- Any answer other than 200 (a session that fell back to the sign-in page would be a 302) is
-- counted and printed at the end, so a run that measured the wrong page shows it.

local threads = {}

function setup(thread)
    table.insert(threads, thread)
    thread:set("index", #threads)
end

local cookies = {}
local next_cookie = 0
failures = 0

function init(args)
    local file = os.getenv("BENCH_COOKIES")
    if file and file ~= "" then
        for line in io.lines(file) do
            if line ~= "" then
                table.insert(cookies, line)
            end
        end
    end
    -- Threads start at different learners so that they do not walk the list in step.
    next_cookie = (index or 1) * 7
end

function request()
    local headers = {}
    if #cookies > 0 then
        next_cookie = next_cookie % #cookies + 1
        headers["Cookie"] = "JSESSIONID=" .. cookies[next_cookie]
    end
    return wrk.format("GET", nil, headers)
end

function response(status, headers, body)
    if status ~= 200 then
        failures = failures + 1
    end
end

function done(summary, latency, requests)
    local total = 0
    for _, thread in ipairs(threads) do
        total = total + (tonumber(thread:get("failures")) or 0)
    end
    io.write(string.format("bench: answers other than 200: %d\n", total))
end
