/* eslint-disable @typescript-eslint/no-require-imports */
// The Phaser the stage is built with (vite.config.ts points `phaser` here in the browser build): only
// the modules src/scenes/ uses, required from Phaser's own sources with its build flags set there
// (no sound, no 3D camera). 197 kB gzip instead of the whole library's 353 kB (docs/performance.md).
// Types still come from the `phaser` package; the unit tests use the whole library.

require('phaser-src/polyfills/requestVideoFrame');
var CONST = require('phaser-src/const');
var Extend = require('phaser-src/utils/object/Extend');
// The scene systems Phaser installs in every scene (plugins/DefaultPlugins.js) register themselves when required.
require('phaser-src/events/EventEmitter');
require('phaser-src/scene/ScenePlugin');
require('phaser-src/cameras/2d/CameraManager');
require('phaser-src/gameobjects/DisplayList');
require('phaser-src/gameobjects/UpdateList');
require('phaser-src/gameobjects/GameObjectCreator');
require('phaser-src/gameobjects/GameObjectFactory');
require('phaser-src/time/Clock');
require('phaser-src/data/DataManagerPlugin');
require('phaser-src/input/InputPlugin');
require('phaser-src/loader/LoaderPlugin');
require('phaser-src/tweens/TweenManager');
require('phaser-src/gameobjects/lights/LightsPlugin');
require('phaser-src/gameobjects/image/ImageFactory');
require('phaser-src/gameobjects/graphics/GraphicsFactory');
require('phaser-src/gameobjects/zone/ZoneFactory');
// A scene's lighting shade (src/scenes/lighting.ts) is a rectangle over the background.
require('phaser-src/gameobjects/shape/rectangle/RectangleFactory');
require('phaser-src/loader/filetypes/SVGFile');
require('phaser-src/loader/filetypes/ImageFile');
var Phaser = {
  Core: require('phaser-src/core'),
  Game: require('phaser-src/core/Game'),
  Scene: require('phaser-src/scene/Scene'),
  Scenes: require('phaser-src/scene'),
  Scale: require('phaser-src/scale'),
  Input: { Events: require('phaser-src/input/events'), InputPlugin: require('phaser-src/input/InputPlugin') },
  Loader: {
    Events: require('phaser-src/loader/events'),
    File: require('phaser-src/loader/File'),
    LoaderPlugin: require('phaser-src/loader/LoaderPlugin'),
  },
  GameObjects: {
    Events: require('phaser-src/gameobjects/events'),
    Image: require('phaser-src/gameobjects/image/Image'),
    Zone: require('phaser-src/gameobjects/zone/Zone'),
    Rectangle: require('phaser-src/gameobjects/shape/rectangle/Rectangle'),
    Graphics: require('phaser-src/gameobjects/graphics/Graphics'),
    DisplayList: require('phaser-src/gameobjects/DisplayList'),
    UpdateList: require('phaser-src/gameobjects/UpdateList'),
    GameObjectFactory: require('phaser-src/gameobjects/GameObjectFactory'),
    GameObjectCreator: require('phaser-src/gameobjects/GameObjectCreator'),
  },
  Math: { Easing: require('phaser-src/math/easing') },
  Cameras: { Scene2D: require('phaser-src/cameras/2d') },
  Tweens: require('phaser-src/tweens'),
  Time: require('phaser-src/time'),
  Data: require('phaser-src/data'),
  Textures: require('phaser-src/textures'),
  Renderer: require('phaser-src/renderer'),
};
Phaser = Extend(false, Phaser, CONST);
module.exports = Phaser;
