#include "editor.h"

void Editor::onSaveClicked() { emit saveRequested(); }

void Editor::onAutosave() { emit saveRequested(); }
