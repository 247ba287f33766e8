#include "downloader.h"

void download(QObject *Context, std::function<void(bool)> Done) {
  Job *J = new Job;
  QObject::connect(J, &Job::finished, Context, Done);
}
