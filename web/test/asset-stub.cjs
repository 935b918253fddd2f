// Stands in for CSS and image imports in Jest: components only need a string.
module.exports = 'test-asset-stub';
