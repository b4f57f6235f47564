-- wrk script for "mark as done": the same Faces ajax POST the lesson page's button sends.
-- BENCH_MARKS names a file of prepared requests, one a line: "<JSESSIONID><TAB><form body>",
-- each body holding the view state of one lesson page that learner opened beforehand. Each wrk
-- thread takes its own share of the lines (so of the learners) and sends them in turn.
--
-- A mark counts as acknowledged only when the answer is a Faces partial response without an
-- <error> or <redirect> (an expired view answers 200 too). The acknowledged count is printed at
-- the end and compared with the database afterwards: every acknowledged mark must be there.

local threads = {}

function setup(thread)
    table.insert(threads, thread)
    thread:set("index", #threads)
end

local mine = {}
local next_mark = 0
acknowledged = 0
refused = 0

function init(args)
    local count = tonumber(os.getenv("BENCH_THREADS") or "1")
    local line_no = 0
    for line in io.lines(os.getenv("BENCH_MARKS")) do
        local cookie, body = line:match("^([^\t]+)\t(.+)$")
        if cookie then
            if line_no % count == (index or 1) - 1 then
                table.insert(mine, { cookie, body })
            end
            line_no = line_no + 1
        end
    end
end

function request()
    next_mark = next_mark % #mine + 1
    local mark = mine[next_mark]
    return wrk.format("POST", "/lesson.xhtml", {
        ["Cookie"] = "JSESSIONID=" .. mark[1],
        ["Content-Type"] = "application/x-www-form-urlencoded; charset=UTF-8",
        ["Faces-Request"] = "partial/ajax",
        ["X-Requested-With"] = "XMLHttpRequest",
    }, mark[2])
end

function response(status, headers, body)
    if status == 200 and body:find("<partial%-response") and not body:find("<error>")
            and not body:find("<redirect") then
        acknowledged = acknowledged + 1
    else
        refused = refused + 1
    end
end

function done(summary, latency, requests)
    local ok, bad = 0, 0
    for _, thread in ipairs(threads) do
        ok = ok + (tonumber(thread:get("acknowledged")) or 0)
        bad = bad + (tonumber(thread:get("refused")) or 0)
    end
    io.write(string.format("bench: acknowledged marks: %d\n", ok))
    io.write(string.format("bench: refused marks: %d\n", bad))
end
