-- wrk script for bench/search.sh: GET /api/search over the queries of a file, in turn from a
-- different start on each thread. Usage: wrk ... -s bench/search-queries.lua URL -- bench/queries.txt
local queries = {}
local next_query = 1

local function encode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" and line:sub(1, 1) ~= "#" then
      queries[#queries + 1] = "/api/search?q=" .. encode(line)
    end
  end
  next_query = ((thread_id or 0) * 37) % #queries + 1
end

function setup(thread)
  thread:set("thread_id", setup_count or 0)
  setup_count = (setup_count or 0) + 1
end

function request()
  local path = queries[next_query]
  next_query = next_query % #queries + 1
  return wrk.format("GET", path)
end
