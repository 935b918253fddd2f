/** ui/map/assets.ts for Jest, which cannot read Vite's import.meta.env. */
module.exports = { baseMapUrl: '/basemap/' };
