-- Neovim's built-in LSP client (0.7) against eventloop-clangd: open
-- handler.cpp, wait for diagnostics, print them and the code actions offered.
local file = vim.fn.getcwd() .. '/handler.cpp'
vim.cmd('edit ' .. file)
local buf = vim.api.nvim_get_current_buf()
local client = vim.lsp.start_client({
  cmd = { os.getenv('EVENTLOOP_CLANGD') },
  root_dir = vim.fn.getcwd(),
})
vim.lsp.buf_attach_client(buf, client)
local ok = vim.wait(60000, function()
  return #vim.diagnostic.get(buf) > 0
end, 200)
for _, d in ipairs(vim.diagnostic.get(buf)) do
  print(string.format('%d:%d %s [%s]', d.lnum + 1, d.col + 1, d.message, d.source or ''))
end
local params = vim.lsp.util.make_range_params()
params.range = { start = { line = 8, character = 29 }, ['end'] = { line = 8, character = 36 } }
params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf, 8) }
local result = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 20000)
for _, r in pairs(result or {}) do
  for _, action in ipairs(r.result or {}) do
    print('action: ' .. action.title)
    local edit = action.edit or {}
    for _, edits in pairs(edit.changes or {}) do
      for _, e in ipairs(edits) do
        print('edit: ' .. e.newText)
      end
    end
  end
end
print(ok and 'diagnostics received' or 'timed out')
vim.cmd('qa!')
