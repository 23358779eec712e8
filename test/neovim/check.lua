-- Drives Neovim's built-in LSP client against revorg-language-server --stdio, untouched, and
-- writes what it got to REVORG_RESULTS as JSON. Uses only the API of Neovim 0.7 (Debian 12).
local server = os.getenv('REVORG_SERVER')
local root = os.getenv('REVORG_ROOT')
local results_file = os.getenv('REVORG_RESULTS')
local results = {}

local function record(name, ok, detail)
  table.insert(results, { name = name, ok = ok, detail = detail or '' })
end

local function line_of(bufnr, needle)
  for index, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    if line:find(needle, 1, true) then return index - 1, line end
  end
  return nil
end

vim.cmd('edit ' .. root .. '/org.revorg')
local bufnr = vim.api.nvim_get_current_buf()
vim.bo[bufnr].filetype = 'revorg'
local client_id = vim.lsp.start_client({ name = 'revorg', cmd = { 'node', server, '--stdio' }, root_dir = root })
vim.lsp.buf_attach_client(bufnr, client_id)

-- Diagnostics, with the rule id as their code.
local got = vim.wait(30000, function() return #vim.diagnostic.get(bufnr) > 0 end, 100)
local codes = {}
for _, diagnostic in ipairs(vim.diagnostic.get(bufnr)) do
  local code = diagnostic.code or (diagnostic.user_data and diagnostic.user_data.lsp and diagnostic.user_data.lsp.code)
  table.insert(codes, tostring(code))
end
table.sort(codes)
record('diagnostics arrive with their rule ids', got and vim.tbl_contains(codes, 'handoff-owner-required') and vim.tbl_contains(codes, 'handoff-sla-required'), table.concat(codes, ', '))

local function position_after(needle, text)
  local line, content = line_of(bufnr, needle)
  if not line then return nil end
  return { line = line, character = content:find(text, 1, true) - 1 + #text }
end

local function request(method, position)
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = position }
  local responses = vim.lsp.buf_request_sync(bufnr, method, params, 10000) or {}
  for _, response in pairs(responses) do
    if response.result then return response.result end
  end
  return nil
end

-- Completion after `owner: `: roles, never teams.
local to_line = line_of(bufnr, 'to: AE')
vim.api.nvim_buf_set_lines(bufnr, to_line + 1, to_line + 1, false, { '    owner: ' })
vim.wait(500)
local completion = request('textDocument/completion', { line = to_line + 1, character = 11 })
local labels = {}
for _, item in ipairs((completion and (completion.items or completion)) or {}) do table.insert(labels, item.label) end
record('completion after owner: offers roles and no team',
  vim.tbl_contains(labels, 'VPSales') and vim.tbl_contains(labels, 'AE') and not vim.tbl_contains(labels, 'Sales') and not vim.tbl_contains(labels, 'Marketing'),
  table.concat(labels, ', '))
vim.api.nvim_buf_set_lines(bufnr, to_line + 1, to_line + 2, false, {})
vim.wait(300)

-- Hover on a reference.
local hover = request('textDocument/hover', position_after('from: SDR', 'from: S'))
local hover_text = hover and hover.contents and (hover.contents.value or vim.inspect(hover.contents)) or ''
record('hover on a reference summarizes the role', hover_text:find('Sales Development Rep', 1, true) ~= nil, hover_text)

-- Go to definition.
local definition = request('textDocument/definition', position_after('from: SDR', 'from: S'))
local target = definition and (definition[1] or definition)
local target_range = target and (target.range or target.targetSelectionRange or target.targetRange)
local declared = line_of(bufnr, 'role SDR')
record('go to definition lands on the declaration', target_range ~= nil and target_range.start.line == declared, vim.inspect(target_range))

local file = io.open(results_file, 'w')
file:write(vim.fn.json_encode(results))
file:close()
vim.lsp.stop_client(client_id)
vim.cmd('qa!')
