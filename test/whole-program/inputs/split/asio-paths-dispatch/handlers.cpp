#include "app.h"

void LookupHandler::handle() { peer.refresh(); }
