// Polymorphic objects held through std::unique_ptr<Base> across breaks:
// virtual calls after each resumption, and virtual destructors run when
// the instance is destroyed while suspended.
// RUN: %cxx -std=c++17 -O0 %s -o %t.O0 && %t.O0 | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %s -o %t.O1 && %t.O1 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
// RUN: %cxx -std=c++17 -O3 %s -o %t.O3 && %t.O3 | FileCheck %s
// RUN: %cxx -std=c++17 -O2 -g %s -o %t.g && %t.g | FileCheck %s
// RUN: %cxx -std=c++17 -O1 %asan %s -o %t.asan && %t.asan | FileCheck %s
#include <cloroutine/cloroutine.hpp>
#include <cstdio>
#include <memory>
#include <vector>

struct Shape {
  virtual ~Shape() { std::printf("~Shape\n"); }
  virtual double area() const = 0;
  virtual const char *name() const = 0;
};
struct Square : Shape {
  double s;
  explicit Square(double x) : s(x) {}
  ~Square() override { std::printf("~Square\n"); }
  double area() const override { return s * s; }
  const char *name() const override { return "square"; }
};
struct Circle : Shape {
  double r;
  explicit Circle(double x) : r(x) {}
  ~Circle() override { std::printf("~Circle\n"); }
  double area() const override { return 3 * r * r; }
  const char *name() const override { return "circle"; }
};

static double Size;
double size_in() { return Size; }
CR_SUSPEND(size_in) double next_size();

CR_COROUTINE void gallery() {
  std::vector<std::unique_ptr<Shape>> shapes;
  for (int i = 0;; i++) {
    double s = next_size();
    if (i % 2)
      shapes.push_back(std::make_unique<Circle>(s));
    else
      shapes.push_back(std::make_unique<Square>(s));
    double total = 0;
    for (auto &p : shapes)
      total += p->area();
    std::printf("%s added, total area %g\n", shapes.back()->name(), total);
  }
}

double next_size() { return 0; }

int main() {
  {
    auto c = cr::spawn(gallery);
    c();
    Size = 2;
    c();
    Size = 1;
    c();
    std::puts("closing");
  }
  std::puts("end");
  return 0;
}
// CHECK: square added, total area 4
// CHECK-NEXT: circle added, total area 7
// CHECK-NEXT: closing
// CHECK-NEXT: ~Square
// CHECK-NEXT: ~Shape
// CHECK-NEXT: ~Circle
// CHECK-NEXT: ~Shape
// CHECK-NEXT: end
