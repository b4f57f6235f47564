-- wrk script for "mark as done": the request the lesson page's script sends (POST /progress/mark,
-- lesson=<id>&state=done|open, with its X-Portal-Request header). BENCH_MARKS names a file of
-- "<JSESSIONID><TAB><lesson id>" lines, one per lesson page a learner opened beforehand. Each wrk
-- thread takes its own share of the lines (so of the learners) and sends them in turn, each line
-- alternating "done" and "open" as a learner marking and unmarking would.
--
-- A mark counts as acknowledged only when the answer is 200 with the JSON the script reads. The
-- acknowledged count is printed at the end and compared with the database afterwards: every
-- acknowledged mark must be there (each one adds one to the version of its progress row).

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
                table.insert(mine, { cookie, body, false })
            end
            line_no = line_no + 1
        end
    end
end

function request()
    next_mark = next_mark % #mine + 1
    local mark = mine[next_mark]
    mark[3] = not mark[3]
    return wrk.format("POST", "/progress/mark", {
        ["Cookie"] = "JSESSIONID=" .. mark[1],
        ["Content-Type"] = "application/x-www-form-urlencoded; charset=UTF-8",
        ["X-Portal-Request"] = "1",
    }, "lesson=" .. mark[2] .. "&state=" .. (mark[3] and "done" or "open"))
end

function response(status, headers, body)
    if status == 200 and body:find('"done":', 1, true) then
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
