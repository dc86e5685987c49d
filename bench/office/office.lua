-- wrk script of the office benchmark (bench/office/run.sh runs it; see the header there).
-- One script, three modes, chosen by environment variables (wrk passes the environment on):
--
--   MODE=get    GET PATHS (space-separated; "{id}" takes a random id in ID_MIN..ID_MAX) with the
--               header HDR ("Cookie: JSESSIONID=..." or "Authorization: Basic ...")
--   MODE=login  sign in through the login form: GET /login.xhtml (a new session and its view state),
--               then POST the form with USER_ID/PASSWORD; a 302 away from the login page is a sign-in
--   MODE=step   a write step of a journey over REST: METHOD PATH (with "{id}" taken from the file
--               IDS, one id per line, split among the threads, each id used once) and BODY, with HDR;
--               the ids of created submissions (the "id" of a 2xx JSON answer) go to OUT.<thread>
--
-- Every answer outside 200-299 counts as an error (a 302 to the login page is an error for a page;
-- in MODE=login the 302 of a sign-in is the expected answer). done() appends one tab-separated line
-- to RESULTS: label, connections, req/s, p50, p95, p99 (ms), errors, requests, extra.

local mode = os.getenv("MODE") or "get"
local hdr = os.getenv("HDR")
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
  table.insert(threads, thread)
end

local function split(s)
  local out = {}
  for w in string.gmatch(s or "", "%S+") do table.insert(out, w) end
  return out
end

local function urlencode(s)
  return (string.gsub(s, "[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local headers = {}
if hdr and hdr ~= "" then
  local k, v = string.match(hdr, "^([^:]+):%s*(.*)$")
  headers[k] = v
end

local paths, idmin, idmax, pool, nextid, out, pending
bad, extra = 0, 0

function init(args)
  math.randomseed(os.time() + (tid or 0) * 7919)
  paths = split(os.getenv("PATHS"))
  idmin = tonumber(os.getenv("ID_MIN") or "0")
  idmax = tonumber(os.getenv("ID_MAX") or "0")
  pending = {}
  if mode == "step" then
    headers["Content-Type"] = "application/json"
    pool, nextid = {}, 1
    local ids = os.getenv("IDS")
    local nthreads = tonumber(os.getenv("THREADS") or "2")
    if ids and ids ~= "" then
      local n = 0
      for line in io.lines(ids) do
        if line ~= "" then
          if n % nthreads == (tid - 1) then table.insert(pool, line) end
          n = n + 1
        end
      end
    end
    if os.getenv("OUT") and os.getenv("OUT") ~= "" then
      out = io.open(os.getenv("OUT") .. "." .. tid, "a")
    end
  end
end

function request()
  if mode == "login" then
    local p = table.remove(pending)
    if p then
      local body = "login=login&login%3Auid=" .. urlencode(os.getenv("USER_ID")) .. "&login%3Apassword="
        .. urlencode(os.getenv("PASSWORD")) .. "&login%3Asubmit=&jakarta.faces.ViewState=" .. urlencode(p[2])
      return wrk.format("POST", "/login.xhtml", {["Cookie"] = "JSESSIONID=" .. p[1],
        ["Content-Type"] = "application/x-www-form-urlencoded"}, body)
    end
    return wrk.format("GET", "/login.xhtml", {})
  elseif mode == "step" then
    local path = os.getenv("PATH_T")
    if string.find(path, "{id}", 1, true) then
      local id = pool[nextid]
      if not id then
        -- the pool ran dry: a cheap request, counted apart (run.sh sizes the pools to avoid it)
        extra = extra + 1
        return wrk.format("GET", "/health/live", {})
      end
      nextid = nextid + 1
      path = string.gsub(path, "{id}", id)
    end
    return wrk.format(os.getenv("METHOD") or "POST", path, headers, os.getenv("BODY"))
  else
    local path = paths[math.random(#paths)]
    if string.find(path, "{id}", 1, true) then
      path = string.gsub(path, "{id}", tostring(math.random(idmin, idmax)))
    end
    return wrk.format("GET", path, headers)
  end
end

function response(status, hdrs, body)
  if mode == "login" then
    if status == 200 then
      local cookie = hdrs["Set-Cookie"] or hdrs["set-cookie"] or ""
      local sid = string.match(cookie, "JSESSIONID=([^;]+)")
      local vs = string.match(body, 'name="jakarta.faces.ViewState"[^>]*value="([^"]*)"')
      if sid and vs then table.insert(pending, {sid, vs}) else bad = bad + 1 end
    elseif status == 302 then
      local loc = hdrs["Location"] or hdrs["location"] or ""
      if string.find(loc, "login", 1, true) then bad = bad + 1 else extra = extra + 1 end
    else
      bad = bad + 1
    end
    return
  end
  if status < 200 or status > 299 then
    bad = bad + 1
    if bad <= 3 then io.stderr:write(string.format("[%s] %d %s\n", os.getenv("LABEL") or "", status, string.sub(body or "", 1, 300))) end
    return
  end
  if out then
    local id = string.match(body, '"id"%s*:%s*(%d+)')
    if id then out:write(id, "\n"); out:flush() end
  end
end

function done(summary, latency, requests)
  local errors, more = 0, 0
  for _, t in ipairs(threads) do
    errors = errors + (t:get("bad") or 0)
    more = more + (t:get("extra") or 0)
  end
  local e = summary.errors
  errors = errors + e.connect + e.read + e.write + e.timeout
  local secs = summary.duration / 1e6
  local line = string.format("%s\t%s\t%.1f\t%.1f\t%.1f\t%.1f\t%d\t%d\t%d\n", os.getenv("LABEL") or "?",
    os.getenv("CONNS") or "?", summary.requests / secs, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors, summary.requests, more)
  io.write(line)
  local f = os.getenv("RESULTS")
  if f and f ~= "" then
    local h = io.open(f, "a"); h:write(line); h:close()
  end
end
