// From the error-recovery corpus run (docs/evaluation.md): qBittorrent's
// gui/properties/downloadedpiecesbar.cpp with QtGui's directory off the
// include path. A header is not found; after that fatal error clang leaves
// each call of a QWidget member in error, so `QImage image2(width() - 2, ...)`
// keeps its initialiser as a ParenListExpr, which has no type. Passing
// image2 to QImage's operator=, a library function, had the analysis look
// for a callable in it: SIGSEGV in resolve -> QualType::getNonReferenceType.
// RUN: not %eventloop_tidy --checks='-*,eventloop-*' --config='{}' %s -- -std=c++17 %qt5_flags > %t.out 2>&1
// RUN: FileCheck %s --input-file %t.out --implicit-check-not='Stack dump' --implicit-check-not='PLEASE submit' --implicit-check-not='warning:'

#include "thirdparty/palette.h"
#include <QImage>
#include <QWidget>

class PiecesBar : public QWidget {
  bool updateImage(QImage &image);
};

bool PiecesBar::updateImage(QImage &image) {
  QImage image2(width() - 2, 1, QImage::Format_RGB888);
  image = image2;
  return true;
}

// CHECK: error-recovery-corpus-missing-header-qt.cpp:11:10: error: 'thirdparty/palette.h' file not found [clang-diagnostic-error]
