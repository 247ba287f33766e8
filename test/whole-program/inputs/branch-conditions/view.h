#include <QtWidgets/QWidget>

class View : public QWidget {
public:
  explicit View(QWidget *Parent);
  void reset();
  void fit();
};

void setKey(bool Transform);
