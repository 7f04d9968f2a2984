#!/usr/bin/env bash
# Turns some of the generated PDF orders into scans, the way a copier would: rasterized grey at 300 or 200 dpi,
# slightly skewed, with noise, saved as JPEG and wrapped into an image-only PDF; plus PNG, JPEG and multi-page
# TIFF images. Needs poppler-utils (pdftoppm) and imagemagick (apt-get install poppler-utils imagemagick).
# Noise is seeded, so the images are reproducible for a given ImageMagick version.
# The scan-look fixtures (issue 16) need only pdftoppm: the generator prints the copy's flaws into a scratch PDF
# (skew, specks, margin numbers as letter shapes, a sideways court strip, a slanted stamp) that is rasterized to
# JPEG; the spec's own pdf-* fixture is the clean twin. `generate_scan_fixtures.sh --looks-only` makes only those.
set -euo pipefail
cd "$(dirname "$0")/.."
IM=/usr/bin/convert
command -v pdftoppm >/dev/null || { echo "pdftoppm is required: apt-get install poppler-utils" >&2; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
gen() { dotnet run --project testdata/generator -- "$@"; }

scan_look() { # slug look dpi target
  local slug=$1 look=$2 dpi=$3 target=$4
  rm -f "$tmp"/q-*
  gen --scan-look "$slug" "$tmp/look.pdf" "$look"
  pdftoppm -r "$dpi" -gray -jpeg -jpegopt quality=72 "$tmp/look.pdf" "$tmp/q"
  mkdir -p "testdata/orders/$target"
  gen --scan-pdf "testdata/orders/$target/input.pdf" "$tmp"/q-*.jpg
}

scan_look pdf-vdrp-parens margin-glyphs 300 scan-vdrp-margin-glyphs-300dpi
scan_look pdf-denial sideways-stamp 300 scan-denial-sideways-stamp-300dpi
scan_look pdf-gap-caption-title plain 300 scan-gap-caption-title-300dpi
[ "${1:-}" = "--looks-only" ] && exit 0
[ -x "$IM" ] || { echo "ImageMagick is required: apt-get install imagemagick" >&2; exit 2; }

scan_pdf() { # slug dpi skew target
  local slug=$1 dpi=$2 skew=$3 target=$4
  rm -f "$tmp"/p-*
  pdftoppm -r "$dpi" -gray -png "testdata/orders/$slug/input.pdf" "$tmp/p"
  local jpegs=()
  for png in "$tmp"/p-*.png; do
    "$IM" "$png" -seed 7 -background white -rotate "$skew" -gravity center -extent "$(identify -format '%wx%h' "$png")" \
      -attenuate 0.35 +noise Gaussian -density "$dpi" -units PixelsPerInch -quality 72 "${png%.png}.jpg"
    jpegs+=("${png%.png}.jpg")
  done
  mkdir -p "testdata/orders/$target"
  gen --scan-pdf "testdata/orders/$target/input.pdf" "${jpegs[@]}"
}

scan_pdf pdf-vdrp-parens 300 0.6 scan-vdrp-300dpi
scan_pdf pdf-fresno-arbitration 300 -0.8 scan-fresno-arbitration-300dpi
scan_pdf pdf-denial 200 0.4 scan-denial-200dpi
scan_pdf pdf-bankruptcy 150 -0.5 scan-bankruptcy-150dpi

# Images: PNG (one page), JPEG (one page), multi-page TIFF (Group 4), all at 300 dpi.
rm -f "$tmp"/p-*
pdftoppm -r 300 -gray -png testdata/orders/pdf-rhines-prisoner/input.pdf "$tmp/p"
mkdir -p testdata/orders/image-png-rhines testdata/orders/image-jpg-appeal testdata/orders/image-tiff-vdrp
"$IM" "$tmp"/p-1.png -background white -rotate 0.3 -density 300 -units PixelsPerInch -depth 8 testdata/orders/image-png-rhines/input.png
rm -f "$tmp"/p-*
pdftoppm -r 300 -gray -png testdata/orders/pdf-appeal/input.pdf "$tmp/p"
"$IM" "$tmp"/p-1.png -seed 5 -attenuate 0.3 +noise Gaussian -density 300 -units PixelsPerInch -quality 75 testdata/orders/image-jpg-appeal/input.jpg
rm -f "$tmp"/p-*
pdftoppm -r 300 -gray -png testdata/orders/pdf-vdrp-ruled/input.pdf "$tmp/p"
"$IM" "$tmp"/p-*.png -monochrome -density 300 -units PixelsPerInch -compress Group4 testdata/orders/image-tiff-vdrp/input.tif
ls -l testdata/orders/scan-* testdata/orders/image-*
